package org.aiplatform.bench.tracking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load generator of bench/tracking/run. Each command prints one line of figures:
 * <pre>
 * rest-ingest BASE TOKEN RUNS BATCHES      -> points/s: one writer per run, BATCHES log-batch calls of 1,000 points
 * raw-ingest  JDBC_URL USER PASS RUNS BATCHES -> points/s: the same rows by JDBC batches of 1,000, one thread per run
 * fill        BASE TOKEN RUN POINTS        -> seconds: POINTS points into one run, 8 writers on disjoint steps
 * round-trip  BASE TOKEN RUN N native|mlflow -> p50 p99 ms of logging one point, N calls after N/4 warm-up
 * history     BASE TOKEN RUN N MAX_POINTS  -> p50 p99 ms and the answer's size for minmax and lttb
 * </pre>
 * RUNS is a comma-separated list of run ids.
 */
public final class TrackingBench {
    static final int BATCH = 1000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();

    private TrackingBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "rest-ingest" -> restIngest(rest[0], rest[1], rest[2].split(","), Integer.parseInt(rest[3]));
            case "raw-ingest" -> rawIngest(rest[0], rest[1], rest[2], rest[3].split(","), Integer.parseInt(rest[4]));
            case "fill" -> fill(rest[0], rest[1], rest[2], Integer.parseInt(rest[3]));
            case "round-trip" -> roundTrip(rest[0], rest[1], rest[2], Integer.parseInt(rest[3]), rest[4]);
            case "history" -> history(rest[0], rest[1], rest[2], Integer.parseInt(rest[3]), Integer.parseInt(rest[4]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** A loss-like curve with noise and a rare spike; the same for REST and JDBC. */
    static double value(long step) {
        double noise = ((step * 2654435761L) % 1000) / 1e5;
        return step % 99_991 == 7 ? 50 : 1.0 / (1 + step / 1000.0) + noise;
    }

    private static void restIngest(String base, String token, String[] runs, int batches) throws Exception {
        // warm-up: a tenth of the work under another key, so JIT and pools settle
        parallel(runs.length, w -> logBatches(base, token, runs[w], "warmup", 0, Math.max(5, batches / 10)));
        long t0 = System.nanoTime();
        parallel(runs.length, w -> logBatches(base, token, runs[w], "loss", 0, batches));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%.0f%n", runs.length * (double) batches * BATCH / seconds);
    }

    private static void fill(String base, String token, String run, int points) throws Exception {
        int writers = 8;
        int perWriter = points / BATCH / writers;
        long t0 = System.nanoTime();
        parallel(writers, w -> logBatches(base, token, run, "loss", (long) w * perWriter * BATCH, perWriter));
        System.out.printf("%.1f%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void logBatches(String base, String token, String run, String key, long firstStep, int batches)
        throws Exception {
        URI uri = URI.create(base + "/api/v1/runs/" + run + "/log-batch");
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder(BATCH * 64).append("{\"metrics\": [");
            for (int i = 0; i < BATCH; i++) {
                long step = firstStep + (long) b * BATCH + i;
                body.append(i == 0 ? "" : ",").append("{\"key\":\"").append(key).append("\",\"value\":")
                    .append(value(step)).append(",\"timestamp\":").append(1_700_000_000_000L + step)
                    .append(",\"step\":").append(step).append('}');
            }
            post(uri, token, body.append("]}").toString(), 204);
        }
    }

    private static void rawIngest(String url, String user, String password, String[] runs, int batches)
        throws Exception {
        parallel(runs.length, w -> insertRows(url, user, password, runs[w], "raw-warmup", Math.max(5, batches / 10)));
        long t0 = System.nanoTime();
        parallel(runs.length, w -> insertRows(url, user, password, runs[w], "raw-loss", batches));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%.0f%n", runs.length * (double) batches * BATCH / seconds);
    }

    /** What the store's hot path would be with nothing but the history insert: one JDBC batch per commit. */
    private static void insertRows(String url, String user, String password, String run, String key, int batches)
        throws Exception {
        // "-" as user: embedded Derby without authentication, in the schema the platform made (APP)
        try (Connection c = "-".equals(user) ? DriverManager.getConnection(url)
            : DriverManager.getConnection(url, user, password);
             PreparedStatement insert = c.prepareStatement("INSERT INTO tracking_metric"
                 + " (run_id, metric_key, metric_value, special, ts, step) VALUES (?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int b = 0; b < batches; b++) {
                for (int i = 0; i < BATCH; i++) {
                    long step = (long) b * BATCH + i;
                    insert.setString(1, run);
                    insert.setString(2, key);
                    insert.setDouble(3, value(step));
                    insert.setInt(4, 0);
                    insert.setLong(5, 1_700_000_000_000L + step);
                    insert.setLong(6, step);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            }
        }
    }

    private static void roundTrip(String base, String token, String run, int n, String mode) throws Exception {
        boolean mlflow = "mlflow".equals(mode);
        URI uri = URI.create(base + (mlflow ? "/api/2.0/mlflow/runs/log-metric" : "/api/v1/runs/" + run + "/log-batch"));
        long[] times = new long[n];
        for (int i = -n / 4; i < n; i++) {
            long step = i + n;
            String body = mlflow
                ? "{\"run_id\":\"" + run + "\",\"key\":\"rt\",\"value\":" + value(step) + ",\"timestamp\":"
                    + (1_700_000_000_000L + step) + ",\"step\":" + step + "}"
                : "{\"metrics\":[{\"key\":\"rt\",\"value\":" + value(step) + ",\"timestamp\":"
                    + (1_700_000_000_000L + step) + ",\"step\":" + step + "}]}";
            long t0 = System.nanoTime();
            post(uri, token, body, mlflow ? 200 : 204);
            if (i >= 0) {
                times[i] = System.nanoTime() - t0;
            }
        }
        System.out.println(percentiles(times));
    }

    private static void history(String base, String token, String run, int n, int maxPoints) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String method : List.of("minmax", "lttb")) {
            URI uri = URI.create(base + "/api/v1/runs/" + run + "/metrics/loss?max_points=" + maxPoints
                + "&method=" + method);
            long[] times = new long[n];
            String answer = "";
            for (int i = -n / 4; i < n; i++) {
                long t0 = System.nanoTime();
                answer = send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET(), 200);
                if (i >= 0) {
                    times[i] = System.nanoTime() - t0;
                }
            }
            long points = answer.chars().filter(ch -> ch == '{').count();
            out.append(method).append(' ').append(percentiles(times)).append(' ').append(points).append(' ');
        }
        System.out.println(out.toString().trim());
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.2f %.2f", sorted[sorted.length / 2] / 1e6,
            sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
    }

    private static void post(URI uri, String token, String json, int expected) throws Exception {
        send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), expected);
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    @FunctionalInterface
    private interface Writer {
        void run(int writer) throws Exception;
    }

    private static void parallel(int writers, Writer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    work.run(writer);
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
