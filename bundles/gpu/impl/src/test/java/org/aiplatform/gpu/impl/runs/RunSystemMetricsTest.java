package org.aiplatform.gpu.impl.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aiplatform.gpu.impl.Databases;
import org.aiplatform.gpu.impl.nvml.FakeNvml;
import org.aiplatform.gpu.impl.nvml.Nvml;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.impl.JdbcTrackingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real process started with a run id in its environment uses GPU 1: the run gets MLflow's GPU system metrics. */
class RunSystemMetricsTest {
    private final TestDatabase db = TestDatabase.derby();
    private Process training;

    @AfterEach
    void stop() throws Exception {
        if (training != null) {
            training.destroy();
            training.waitFor(10, TimeUnit.SECONDS);
        }
        db.close();
    }

    @Test
    void theRunOfAGpuProcessGetsMlflowsSystemMetrics() throws Exception {
        Databases.migrateTracking(db.dataSource());
        JdbcTrackingService tracking = new JdbcTrackingService(db.dataSource(), (Schema) null);
        String experiment = tracking.createExperiment("p1", "gpu", null, null).id();
        Run run = tracking.createRun(experiment, "train", "alice", 1L, null);
        ProcessBuilder builder = new ProcessBuilder("sleep", "60");
        builder.environment().put("MLFLOW_RUN_ID", run.id());
        training = builder.start();

        RunSystemMetrics metrics = new RunSystemMetrics(tracking, 10_000);
        ProcessTable table = new ProcessTable(Path.of("/proc"), List.of("MLFLOW_RUN_ID", "AIP_RUN_ID"));
        long t0 = 1_795_392_000_000L;
        FakeNvml.script(FakeNvml.CURRENT, "gpus 2"); // GPUs are discovered at open
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            for (int i = 0; i <= 10; i++) {
                FakeNvml.script(FakeNvml.CURRENT, "gpus 2", "gpu 1 util " + (i % 2 == 0 ? 40 : 60),
                    "gpu 1 mem_used 8000000000", "gpu 1 mem_total 80000000000", "gpu 1 power_mw 350000",
                    "gpu 1 power_limit_mw 700000", "proc 1 " + training.pid() + " 8000000000");
                metrics.sampled(nvml.sample(t0 + i * 1000L, table));
            }
        }
        assertPoint(tracking, run, "system/gpu_1_utilization_percentage", 540.0 / 11); // six 40s, five 60s
        assertPoint(tracking, run, "system/gpu_1_memory_usage_megabytes", 8000.0);
        assertPoint(tracking, run, "system/gpu_1_memory_usage_percentage", 10.0);
        assertPoint(tracking, run, "system/gpu_1_power_usage_watts", 350.0);
        assertPoint(tracking, run, "system/gpu_1_power_usage_percentage", 50.0);
        assertEquals(List.of(), tracking.metricHistory(run.id(), "system/gpu_0_utilization_percentage"),
            "GPU 0 runs nothing of the run");
    }

    private static void assertPoint(JdbcTrackingService tracking, Run run, String key, double expected) {
        List<MetricPoint> points = tracking.metricHistory(run.id(), key);
        assertEquals(1, points.size(), key);
        assertEquals(expected, points.get(0).value(), 1e-9, key);
        assertEquals(0, points.get(0).step());
        assertEquals(1_795_392_010_000L, points.get(0).timestamp());
    }
}
