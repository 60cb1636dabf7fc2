package org.aiplatform.tracking.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.tracking.api.Downsampling;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.SampledPoint;
import org.aiplatform.tracking.impl.metrics.Bucket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rollups kept at write time equal a recomputation from the raw points, and long histories sample from them. */
abstract class MetricRollupContract {
    private TestDatabase db;
    private JdbcTrackingService tracking;
    private JdbcMetricSampling sampling;
    private String runId;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        TrackingSchema.migrate(db.dataSource());
        tracking = new JdbcTrackingService(db.dataSource(), java.time.Clock.systemUTC());
        sampling = new JdbcMetricSampling(db.dataSource());
        runId = tracking.createRun(tracking.createExperiment("p1", "rollups", null, null).id(), null, "alice", 1L,
            null).id();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void rollupsEqualARecomputationAfterOutOfOrderBatches() throws SQLException {
        Random random = new Random(42);
        List<MetricPoint> points = new ArrayList<>();
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < 5_000; i++) {
            long step = random.nextInt(20_000) - 1_000; // negative steps, repeated steps, gaps
            double value = random.nextInt(50) == 0 ? specials[random.nextInt(3)] : random.nextInt(100) / 4.0;
            points.add(new MetricPoint(random.nextBoolean() ? "loss" : "acc", value, random.nextInt(3), step));
        }
        Collections.shuffle(points, random);
        for (int from = 0; from < points.size(); from += 700) {
            log(points.subList(from, Math.min(points.size(), from + 700)));
        }
        assertRollupsMatchRaw("loss");
        assertRollupsMatchRaw("acc");
    }

    @Test
    void concurrentBatchesOfOneRunMergeIntoTheSameBuckets() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    for (int b = 0; b < 10; b++) {
                        List<MetricPoint> batch = new ArrayList<>();
                        for (int i = 0; i < 100; i++) {
                            batch.add(new MetricPoint("loss", writer * 1000 + b * 100 + i, 5L, b * 100L + i));
                        }
                        log(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertRollupsMatchRaw("loss");
    }

    @Test
    void longHistoriesAreSampledFromRollupsAndKeepTheirSpikes() {
        int n = JdbcMetricSampling.RAW_LIMIT + 20_000;
        List<MetricPoint> batch = new ArrayList<>();
        for (int step = 0; step < n; step++) {
            batch.add(new MetricPoint("loss", step == 31_337 ? 1e6 : 1.0 / (step + 1), 7L, step));
            if (batch.size() == 1000) {
                log(batch);
                batch = new ArrayList<>();
            }
        }
        log(List.of(new MetricPoint("epoch", 3, 7L, 31_337), new MetricPoint("epoch", 0, 7L, 0)));

        List<SampledPoint> minMax = sampling.sample(runId, "loss", 500, Downsampling.MINMAX);
        assertTrue(minMax.size() <= 500 && minMax.size() > 250, "size " + minMax.size());
        assertTrue(minMax.stream().anyMatch(p -> p.step() == 31_337 && p.value() == 1e6 && p.epoch() == 3.0));
        assertEquals(0, minMax.get(0).step()); // the highest point of the first bucket
        assertEquals(0.0, minMax.get(0).epoch());
        assertEquals(n - 1, minMax.get(minMax.size() - 1).step()); // the lowest of the last

        List<SampledPoint> lttb = sampling.sample(runId, "loss", 500, Downsampling.LTTB);
        assertEquals(500, lttb.size());
        assertEquals(0, lttb.get(0).step());
        assertEquals(n - 1, lttb.get(499).step());
        assertTrue(lttb.stream().anyMatch(p -> p.value() == 1e6));
        assertNull(lttb.get(499).epoch());
        for (int i = 1; i < lttb.size(); i++) {
            assertTrue(lttb.get(i - 1).step() < lttb.get(i).step());
        }
        assertEquals(n, sampling.sample(runId, "loss", 0, null).size());
    }

    @Test
    void shortHistoriesAreSampledFromTheirPointsAndBadRequestsAreRefused() {
        log(List.of(new MetricPoint("loss", 3, 1L, 0), new MetricPoint("loss", 9, 1L, 1),
            new MetricPoint("loss", 1, 1L, 2), new MetricPoint("loss", 4, 1L, 3)));
        assertEquals(List.of(new SampledPoint(1, 9, 1L, null), new SampledPoint(2, 1, 1L, null)),
            sampling.sample(runId, "loss", 2, Downsampling.MINMAX));
        assertEquals(List.of(), sampling.sample(runId, "nothing", 2, Downsampling.LTTB));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> sampling.sample(runId, "loss", 1, null));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> sampling.sample(runId, "loss", 100_001, null));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> sampling.sample("f".repeat(32), "loss", 10, null));
    }

    private void log(List<MetricPoint> metrics) {
        tracking.logBatch(runId, new LogBatch(metrics, Map.of(), Map.of()));
    }

    private void assertRollupsMatchRaw(String key) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            List<MetricPoint> raw = MetricHistories.all(c, runId, key);
            assertTrue(raw.size() > 100);
            for (int level = 1; level <= MetricRollups.TOP; level++) {
                List<Bucket> expected = new ArrayList<>(MetricRollups.buckets(raw, MetricRollups.width(level))
                    .values());
                assertEquals(expected, MetricRollups.level(c, runId, key, level), key + " level " + level);
            }
        }
    }

    private static void assertCode(ErrorCode code, Runnable call) {
        assertEquals(code, assertThrows(ApiException.class, call::run).code());
    }
}
