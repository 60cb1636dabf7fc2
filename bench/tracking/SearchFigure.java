import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure (4) of issue 4: seeds RUNS runs (3 metrics, 3 params, 2 tags each) through the native REST API with
 * WRITERS concurrent clients, then times QUERIES searches with a 3-clause filter and prints p50/p90.
 * Run by search-figure.sh: java SearchFigure.java URL TOKEN RUNS WRITERS QUERIES
 */
public class SearchFigure {
    static final String FILTER = "metrics.loss < 0.5 AND params.optimizer = 'adam' AND tags.team = 'vision'";
    static final String[] OPTIMIZERS = {"adam", "sgd", "rmsprop", "adagrad"};
    static final String[] TEAMS = {"vision", "nlp", "speech", "rl", "search"};
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f]+)\"");

    static HttpClient http = HttpClient.newHttpClient();
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        int runs = Integer.parseInt(args[2]);
        int writers = Integer.parseInt(args[3]);
        int queries = Integer.parseInt(args[4]);
        String project = id(post("/api/v1/projects", "{\"name\": \"bench-search-" + System.nanoTime() + "\"}", 201));
        String experiment = id(post("/api/v1/projects/" + project + "/experiments", "{\"name\": \"sweep\"}", 201));

        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                Random random = new Random();
                for (int i = next.getAndIncrement(); i < runs; i = next.getAndIncrement()) {
                    seed(experiment, i, random);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seedSeconds = (System.nanoTime() - t0) / 1e9;

        String body = "{\"experiment_ids\": [\"" + experiment + "\"], \"filter\": \"" + FILTER
            + "\", \"max_results\": 100}";
        int found = 0;
        for (int i = 0; i < 20; i++) { // warm-up: the JIT and the database caches
            found = count(post("/api/v1/runs/search", body, 200));
        }
        double[] ms = new double[queries];
        for (int i = 0; i < queries; i++) {
            long q0 = System.nanoTime();
            post("/api/v1/runs/search", body, 200);
            ms[i] = (System.nanoTime() - q0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("seeded %,d runs (3 metrics, 3 params, 2 tags each) over REST with %d writers in %.0f s"
            + " (%,.0f runs/s)%n", runs, writers, seedSeconds, runs / seedSeconds);
        System.out.printf("POST /api/v1/runs/search, filter: %s%n", FILTER);
        System.out.printf("  first page of 100 (latest first, %d runs on it), %d queries: p50 %.1f ms, p90 %.1f ms"
            + "   (target < 100 ms)%n", found, queries, ms[queries / 2], ms[(int) Math.ceil(queries * 0.9) - 1]);
    }

    static void seed(String experiment, int i, Random random) throws Exception {
        String run = id(post("/api/v1/experiments/" + experiment + "/runs", "{\"name\": \"run-" + i
            + "\", \"start_time\": " + (1_700_000_000_000L + i) + "}", 201));
        double loss = random.nextDouble();
        String batch = "{\"metrics\": [" + point("loss", loss) + ", " + point("accuracy", 1 - loss / 2) + ", "
            + point("epoch_time", 10 + random.nextDouble() * 50) + "], \"params\": {\"optimizer\": \""
            + OPTIMIZERS[random.nextInt(OPTIMIZERS.length)] + "\", \"lr\": \"" + (random.nextInt(5) + 1) / 1000.0
            + "\", \"batch_size\": \"" + (32 << random.nextInt(4)) + "\"}, \"tags\": {\"team\": \""
            + TEAMS[random.nextInt(TEAMS.length)] + "\", \"seed\": \"" + i + "\"}}";
        post("/api/v1/runs/" + run + "/log-batch", batch, 204);
    }

    static String point(String key, double value) {
        return "{\"key\": \"" + key + "\", \"value\": " + value + ", \"timestamp\": 1, \"step\": 10}";
    }

    static String post(String path, String json, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static int count(String page) {
        return page.split("\"info\":", -1).length - 1;
    }
}
