package org.aiplatform.tracking.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the operations the MLflow API needs guarantee, on every supported database. */
abstract class TrackingOperationsContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC);

    private TestDatabase db;
    private JdbcTrackingService tracking;
    private JdbcTrackingOperations operations;
    private Experiment experiment;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        TrackingSchema.migrate(db.dataSource());
        tracking = new JdbcTrackingService(db.dataSource(), CLOCK);
        operations = new JdbcTrackingOperations(db.dataSource(), CLOCK);
        experiment = tracking.createExperiment("p1", "Default", null, null);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void experimentsAreFoundByExactNameInTheirProjectOnly() {
        tracking.createExperiment("p2", "Default", null, null);
        assertEquals(Optional.of(experiment), operations.findExperimentByName("p1", "Default"));
        assertEquals(Optional.empty(), operations.findExperimentByName("p1", "default"));
        assertEquals(Optional.empty(), operations.findExperimentByName("p3", "Default"));
        tracking.setExperimentLifecycle(experiment.id(), Lifecycle.DELETED);
        assertEquals(Lifecycle.DELETED, operations.findExperimentByName("p1", "Default").orElseThrow().lifecycle());
    }

    @Test
    void deletingAnExperimentDeletesItsRunsAndRestoringRestoresThem() {
        Run first = tracking.createRun(experiment.id(), "a", "alice", 1L, null);
        Run second = tracking.createRun(experiment.id(), "b", "alice", 2L, null);
        Experiment other = tracking.createExperiment("p1", "other", null, null);
        Run elsewhere = tracking.createRun(other.id(), "c", "alice", 3L, null);

        assertEquals(Lifecycle.DELETED,
            operations.setExperimentLifecycleWithRuns(experiment.id(), Lifecycle.DELETED).lifecycle());
        assertEquals(Lifecycle.DELETED, tracking.getExperiment(experiment.id()).lifecycle());
        assertEquals(Lifecycle.DELETED, tracking.getRun(first.id()).lifecycle());
        assertEquals(Lifecycle.DELETED, tracking.getRun(second.id()).lifecycle());
        assertEquals(Lifecycle.ACTIVE, tracking.getRun(elsewhere.id()).lifecycle());

        operations.setExperimentLifecycleWithRuns(experiment.id(), Lifecycle.ACTIVE);
        assertEquals(Lifecycle.ACTIVE, tracking.getExperiment(experiment.id()).lifecycle());
        assertEquals(Lifecycle.ACTIVE, tracking.getRun(first.id()).lifecycle());
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST,
            () -> operations.setExperimentLifecycleWithRuns("999999", Lifecycle.DELETED));
    }

    @Test
    void aRunTagIsDeletedOnceAndOtherTagsStay() {
        Run run = tracking.createRun(experiment.id(), "a", "alice", 1L, null);
        tracking.logBatch(run.id(), new LogBatch(null, null, Map.of("keep", "1", "drop", "2")));
        operations.deleteRunTag(run.id(), "drop");
        assertEquals(Map.of("keep", "1"), tracking.tags(run.id()));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> operations.deleteRunTag(run.id(), "drop"));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> operations.deleteRunTag("0".repeat(32), "keep"));
        assertEquals(Map.of("keep", "1"), tracking.tags(run.id()));
    }

    private static void assertCode(ErrorCode code, Runnable call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(code, e.code(), e.getMessage());
    }
}
