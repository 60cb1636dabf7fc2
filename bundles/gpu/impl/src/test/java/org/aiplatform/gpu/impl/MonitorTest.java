package org.aiplatform.gpu.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.GpuStatus;
import org.aiplatform.gpu.impl.alert.Alerts;
import org.aiplatform.gpu.impl.history.History;
import org.aiplatform.gpu.impl.nvml.FakeNvml;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.aiplatform.kernel.impl.testing.RecordingEventAdmin;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live views: the ring buffer, status, subscribers; and a node without NVML. */
class MonitorTest {
    private final TestDatabase db = TestDatabase.derby();

    @BeforeEach
    void migrate() {
        Databases.migrateGpu(db.dataSource());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private Monitor monitor(String library) {
        Jdbc jdbc = new Jdbc(db.dataSource());
        RecordingEventAdmin admin = new RecordingEventAdmin();
        Monitor m = new Monitor(library, "node-1", new ProcessTable(Path.of("/proc"), List.of()),
            new History(jdbc, "node-1", GpuStoreContract.TIERS), new Alerts(List.of(), jdbc, "node-1", admin), 3,
            1, () -> GpuStoreContract.T0);
        m.open();
        return m;
    }

    @Test
    void theRingKeepsTheLatestSamplesOfEachGpuAndSubscribersGetEverySample() throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 8", "proc 3 4242 1024");
        Monitor m = monitor(FakeNvml.CURRENT);
        List<List<GpuSample>> delivered = new ArrayList<>();
        AutoCloseable subscription = m.subscribe(delivered::add);
        for (int i = 0; i < 5; i++) {
            m.tick(GpuStoreContract.T0 + i * 1000L);
        }
        subscription.close();
        m.tick(GpuStoreContract.T0 + 5000L);
        assertEquals(5, delivered.size(), "nothing after the subscription closed");
        assertEquals(8, delivered.get(0).size());
        assertEquals(List.of(GpuStoreContract.T0 + 3000, GpuStoreContract.T0 + 4000, GpuStoreContract.T0 + 5000),
            m.recent(7).stream().map(GpuSample::timestamp).toList());
        GpuStatus status = m.status();
        assertTrue(status.available());
        assertEquals("550.54.15", status.driverVersion());
        assertEquals("12.4", status.cudaVersion());
        assertEquals("node-1", status.hostname());
        assertEquals(8, status.gpus().size());
        assertEquals(4242L, m.processes().get(0).pid());
        m.close();
    }

    @Test
    void withoutTheLibraryTheMonitorIsUnavailableWithTheReasonAndTicksDoNothing() {
        Monitor m = monitor("/nonexistent/libnvidia-ml.so.1");
        m.tick(GpuStoreContract.T0);
        GpuStatus status = m.status();
        assertFalse(status.available());
        assertTrue(status.reason().startsWith("NVML library not found"), status.reason());
        assertEquals(List.of(), status.gpus());
        assertEquals(List.of(), m.processes());
        m.close();
    }
}
