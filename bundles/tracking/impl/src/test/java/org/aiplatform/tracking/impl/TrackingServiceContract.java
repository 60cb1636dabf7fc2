package org.aiplatform.tracking.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunChanges;
import org.aiplatform.tracking.api.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the tracking store guarantees, on every supported database. */
abstract class TrackingServiceContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private TestDatabase db;
    private JdbcTrackingService tracking;
    private Run run;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        TrackingSchema.migrate(db.dataSource());
        tracking = new JdbcTrackingService(db.dataSource(), CLOCK);
        Experiment experiment = tracking.createExperiment("p1", "baseline", null, null);
        run = tracking.createRun(experiment.id(), null, "alice", 1000L, null);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void experimentsAreReadBackAndNamesAreUniquePerProject() {
        Experiment created = tracking.createExperiment("p1", "tuning", "lr sweep", null);
        assertEquals(created, tracking.getExperiment(created.id()));
        assertEquals(Lifecycle.ACTIVE, created.lifecycle());
        assertEquals(CLOCK.millis(), created.createdAt());
        assertCode(ErrorCode.RESOURCE_ALREADY_EXISTS, () -> tracking.createExperiment("p1", "tuning", null, null));
        assertEquals("tuning", tracking.createExperiment("p2", "tuning", null, null).name());
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> tracking.getExperiment("999999"));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> tracking.getExperiment("not-a-number"));
    }

    @Test
    void experimentsArePagedUpdatedDeletedAndRestored() {
        Experiment second = tracking.createExperiment("p1", "second", null, null);
        Experiment third = tracking.createExperiment("p1", "third", null, null);
        tracking.createExperiment("p2", "elsewhere", null, null);
        Page<Experiment> first = tracking.listExperiments("p1", null, PageRequest.first(2));
        assertEquals(List.of("baseline", "second"), first.items().stream().map(Experiment::name).toList());
        Page<Experiment> rest = tracking.listExperiments("p1", null, PageRequest.of(2, first.nextPageToken()));
        assertEquals(List.of(third), rest.items());
        assertNull(rest.nextPageToken());

        Experiment renamed = tracking.updateExperiment(second.id(), "renamed", "now described", null);
        assertEquals(renamed, tracking.getExperiment(second.id()));
        assertEquals("renamed", renamed.name());
        assertEquals("now described", renamed.description());
        assertCode(ErrorCode.RESOURCE_ALREADY_EXISTS,
            () -> tracking.updateExperiment(second.id(), "third", null, null));

        assertEquals(Lifecycle.DELETED, tracking.setExperimentLifecycle(third.id(), Lifecycle.DELETED).lifecycle());
        assertEquals(List.of(third.id()), tracking.listExperiments("p1", Lifecycle.DELETED, PageRequest.first(10))
            .items().stream().map(Experiment::id).toList());
        assertEquals(2, tracking.listExperiments("p1", Lifecycle.ACTIVE, PageRequest.first(10)).items().size());
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> tracking.createRun(third.id(), null, "bob", 1L, null));
        tracking.setExperimentLifecycle(third.id(), Lifecycle.ACTIVE);
        assertEquals(third.id(), tracking.createRun(third.id(), null, "bob", 1L, null).experimentId());
    }

    @Test
    void experimentTagsAreSetAtCreationAndChangedByKey() {
        Experiment tagged = tracking.createExperiment("p1", "tagged", null, Map.of("team", "vision", "stage", "dev"));
        assertEquals(Map.of("team", "vision", "stage", "dev"), tracking.getExperiment(tagged.id()).tags());
        Experiment changed = tracking.updateExperiment(tagged.id(), null, null, Map.of("stage", "prod", "new", "1"));
        assertEquals(Map.of("team", "vision", "stage", "prod", "new", "1"), changed.tags());
        assertEquals(changed, tracking.getExperiment(tagged.id()));
        Experiment plain = tracking.createExperiment("p1", "plain", null, null);
        assertEquals(List.of(Map.of(), changed.tags(), Map.of()), tracking.listExperiments("p1", null,
            PageRequest.first(10)).items().stream().map(Experiment::tags).toList());
        assertEquals(Map.of(), plain.tags());
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE,
            () -> tracking.createExperiment("p1", "bad", null, Map.of("k".repeat(251), "v")));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> tracking.getExperiment(String.valueOf(
            Long.parseLong(plain.id()) + 1)));
    }

    @Test
    void runsArePagedLatestStartFirstAndEnd() {
        Run later = tracking.createRun(run.experimentId(), "later", "bob", 5000L, null);
        Run same = tracking.createRun(run.experimentId(), "same", "bob", 5000L, null);
        Page<Run> first = tracking.listRuns(run.experimentId(), null, PageRequest.first(1));
        Page<Run> second = tracking.listRuns(run.experimentId(), null, PageRequest.of(1, first.nextPageToken()));
        Page<Run> third = tracking.listRuns(run.experimentId(), null, PageRequest.of(1, second.nextPageToken()));
        List<Run> byId = later.id().compareTo(same.id()) < 0 ? List.of(later, same) : List.of(same, later);
        assertEquals(List.of(byId.get(0), byId.get(1), run),
            List.of(first.items().get(0), second.items().get(0), third.items().get(0)));
        assertNull(third.nextPageToken());

        Run finished = tracking.updateRun(run.id(), new RunChanges(null, RunStatus.FINISHED, 9000L));
        assertEquals(finished, tracking.getRun(run.id()));
        assertEquals(RunStatus.FINISHED, finished.status());
        assertEquals(Long.valueOf(9000L), finished.endTime());
        assertEquals(run.name(), finished.name());
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE,
            () -> tracking.updateRun(run.id(), new RunChanges(null, null, run.startTime() - 1)));
        assertEquals(finished, tracking.getRun(run.id()));

        tracking.setRunLifecycle(later.id(), Lifecycle.DELETED);
        assertEquals(List.of(later.id()), tracking.listRuns(run.experimentId(), Lifecycle.DELETED,
            PageRequest.first(10)).items().stream().map(Run::id).toList());
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> tracking.logBatch(later.id(),
            new LogBatch(List.of(new MetricPoint("m", 1, 1, 1)), null, null)));
        tracking.setRunLifecycle(later.id(), Lifecycle.ACTIVE);
        tracking.logBatch(later.id(), new LogBatch(List.of(new MetricPoint("m", 1, 1, 1)), null, null));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST,
            () -> tracking.listRuns("777", null, PageRequest.first(10)));
    }

    @Test
    void runsHaveMlflowIdsAndStartRunning() {
        assertTrue(run.id().matches("[0-9a-f]{32}"), run.id());
        assertEquals(run, tracking.getRun(run.id()));
        assertEquals(RunStatus.RUNNING, run.status());
        assertEquals(run.id(), run.name());
        assertNull(run.endTime());
        Run child = tracking.createRun(run.experimentId(), "fold-1", "alice", 2000L, run.id());
        assertEquals(child, tracking.getRun(child.id()));
        assertEquals(run.id(), child.parentRunId());
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> tracking.getRun("0".repeat(32)));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST,
            () -> tracking.createRun(run.experimentId(), null, "alice", 1L, "f".repeat(32)));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> tracking.createRun("424242", null, "alice", 1L, null));
        String elsewhere = tracking.createExperiment("p1", "elsewhere", null, null).id();
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE,
            () -> tracking.createRun(elsewhere, null, "alice", 1L, run.id()));
    }

    @Test
    void metricHistoryComesBackExactByStepThenTimestamp() {
        List<MetricPoint> logged = List.of(
            new MetricPoint("loss", 0.5, 30L, 2L),
            new MetricPoint("loss", Double.NaN, 10L, 1L),
            new MetricPoint("loss", Double.POSITIVE_INFINITY, 20L, 2L),
            new MetricPoint("loss", Double.NEGATIVE_INFINITY, 5L, 3L),
            new MetricPoint("loss", 0.1 + 0.2, 40L, 0L),
            new MetricPoint("acc", -1e-300, 1L, 0L));
        tracking.logBatch(run.id(), new LogBatch(logged, null, null));
        assertEquals(List.of(logged.get(4), logged.get(1), logged.get(2), logged.get(0), logged.get(3)),
            tracking.metricHistory(run.id(), "loss"));
        assertEquals(List.of(logged.get(5)), tracking.metricHistory(run.id(), "acc"));
        assertEquals(List.of(), tracking.metricHistory(run.id(), "nothing"));
    }

    @Test
    void latestMetricFollowsTheHighestStepAcrossBatches() {
        tracking.logBatch(run.id(), new LogBatch(List.of(
            new MetricPoint("loss", 0.9, 10L, 5L), new MetricPoint("loss", 0.8, 5L, 7L)), null, null));
        tracking.logBatch(run.id(), new LogBatch(List.of(new MetricPoint("loss", 0.7, 99L, 6L)), null, null));
        assertEquals(List.of(new MetricPoint("loss", 0.8, 5L, 7L)), tracking.latestMetrics(run.id()));
        tracking.logBatch(run.id(), new LogBatch(List.of(new MetricPoint("loss", 0.6, 6L, 7L)), null, null));
        assertEquals(List.of(new MetricPoint("loss", 0.6, 6L, 7L)), tracking.latestMetrics(run.id()));
    }

    @Test
    void paramsAreWriteOnceAndAChangedValueWritesNothing() {
        tracking.logBatch(run.id(), new LogBatch(null, Map.of("lr", "0.01"), Map.of("team", "a")));
        tracking.logBatch(run.id(), new LogBatch(null, Map.of("lr", "0.01"), Map.of("team", "b")));
        assertEquals(Map.of("lr", "0.01"), tracking.params(run.id()));
        assertEquals(Map.of("team", "b"), tracking.tags(run.id()));

        LogBatch changed = new LogBatch(List.of(new MetricPoint("loss", 1.0, 1L, 1L)),
            Map.of("lr", "0.02", "epochs", "3"), Map.of("team", "c"));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> tracking.logBatch(run.id(), changed));
        assertEquals(Map.of("lr", "0.01"), tracking.params(run.id()));
        assertEquals(Map.of("team", "b"), tracking.tags(run.id()));
        assertEquals(List.of(), tracking.metricHistory(run.id(), "loss"));
        assertEquals(List.of(), tracking.latestMetrics(run.id()));
    }

    @Test
    void racingBatchesSetAParamOnceAndTheLosersWriteNothing() throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int seed = i;
                Callable<String> write = () -> {
                    start.await();
                    try {
                        tracking.logBatch(run.id(), new LogBatch(List.of(new MetricPoint("m", seed, seed, 0)),
                            Map.of("seed", Integer.toString(seed)), null));
                        return "ok";
                    } catch (ApiException e) {
                        return e.code().name();
                    }
                };
                outcomes.add(pool.submit(write));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertEquals(1, results.stream().filter("ok"::equals).count(), results.toString());
            assertEquals(writers - 1, results.stream().filter("INVALID_PARAMETER_VALUE"::equals).count());
        } finally {
            pool.shutdownNow();
        }
        String winner = tracking.params(run.id()).get("seed");
        MetricPoint written = new MetricPoint("m", Integer.parseInt(winner), Integer.parseInt(winner), 0);
        assertEquals(List.of(written), tracking.metricHistory(run.id(), "m"));
        assertEquals(List.of(written), tracking.latestMetrics(run.id()));
    }

    @Test
    void batchLimitsAreMlflowsAndCheckedBeforeWriting() {
        List<MetricPoint> full = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            full.add(new MetricPoint("m", i, i, i));
        }
        tracking.logBatch(run.id(), new LogBatch(full, null, null));
        assertEquals(full, tracking.metricHistory(run.id(), "m"));

        List<MetricPoint> tooMany = new ArrayList<>(full);
        tooMany.add(new MetricPoint("n", 1, 1, 1));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE,
            () -> tracking.logBatch(run.id(), new LogBatch(tooMany, null, null)));
        assertEquals(List.of(), tracking.metricHistory(run.id(), "n"));

        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> tracking.logBatch(run.id(),
            new LogBatch(null, Map.of("k".repeat(251), "v"), null)));
        tracking.logBatch(run.id(), new LogBatch(null, Map.of("k".repeat(250), "v".repeat(6000)), null));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> tracking.logBatch(run.id(),
            new LogBatch(null, Map.of("long", "v".repeat(6001)), null)));
        assertEquals(Map.of("k".repeat(250), "v".repeat(6000)), tracking.params(run.id()));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST,
            () -> tracking.logBatch("a".repeat(32), new LogBatch(full, null, null)));
    }

    private static void assertCode(ErrorCode code, Supplier<?> call) {
        ApiException e = assertThrows(ApiException.class, call::get);
        assertEquals(code, e.code(), e.getMessage());
    }

    private static void assertCode(ErrorCode code, Runnable call) {
        assertCode(code, () -> {
            call.run();
            return null;
        });
    }
}
