package org.aiplatform.gpu.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.aiplatform.gpu.api.GpuAlert;
import org.aiplatform.gpu.impl.Databases;
import org.aiplatform.gpu.impl.Jdbc;
import org.aiplatform.gpu.impl.Monitor;
import org.aiplatform.gpu.impl.alert.Alerts;
import org.aiplatform.gpu.impl.history.History;
import org.aiplatform.gpu.impl.nvml.FakeNvml;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.aiplatform.kernel.impl.testing.RecordingEventAdmin;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console commands on a monitor of the fake GPUs. */
class GpuCommandsTest {
    private final TestDatabase db = TestDatabase.derby();
    private Monitor monitor;
    private final PrintStream console = System.out;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void sample() {
        Databases.migrateGpu(db.dataSource());
        Jdbc jdbc = new Jdbc(db.dataSource());
        RecordingEventAdmin events = new RecordingEventAdmin();
        FakeNvml.script(FakeNvml.CURRENT, "gpus 2", "gpu 1 util 50", "gpu 1 temperature 90",
            "proc 1 " + ProcessHandle.current().pid() + " 1073741824");
        monitor = new Monitor(FakeNvml.CURRENT, "node-1", new ProcessTable(Path.of("/proc"), List.of()),
            new History(jdbc, "node-1", List.of(new History.Tier(1000, 3_600_000L))),
            new Alerts(List.of("hot: temperature_celsius > 85 critical"), jdbc, "node-1", events), 10, 1, () -> 0L);
        monitor.open();
        monitor.tick(1_795_392_000_000L);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(console);
        monitor.close();
        db.close();
    }

    @Test
    void statusShowsEveryGpuWithBars() {
        GpuStatusCommand command = new GpuStatusCommand();
        command.monitor = monitor;
        command.execute();
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("[##########----------]  50%"), text);
        assertTrue(text.contains("90 C"), text);
        assertTrue(text.startsWith("node-1  driver 550.54.15  CUDA 12.4"), text);
    }

    @Test
    void topRedrawsWithProcessesAndStopsAfterItsIterations() throws Exception {
        GpuTopCommand command = new GpuTopCommand();
        command.monitor = monitor;
        command.iterations = 2;
        command.delay = 0.1;
        command.execute();
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, text.split("\033\\[H\033\\[2J", -1).length - 1, "two screens");
        assertTrue(text.contains(Long.toString(ProcessHandle.current().pid())), text);
    }

    @Test
    void alertsAreListedAndAcknowledged() {
        GpuAlertsCommand command = new GpuAlertsCommand();
        command.monitor = monitor;
        long id = monitor.alerts(null, 1).get(0).id();
        command.acknowledge = id;
        command.execute();
        assertEquals(GpuAlert.State.ACKNOWLEDGED, monitor.alerts(null, 1).get(0).state());
        assertEquals("console", monitor.alerts(null, 1).get(0).acknowledgedBy());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ACKNOWLEDGED"));
    }
}
