package org.aiplatform.gpu.impl.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.impl.nvml.FakeNvml;
import org.aiplatform.gpu.impl.nvml.Nvml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real processes, started here, that the fake library lists as GPU processes. */
class ProcessTableTest {
    private final ProcessTable table = new ProcessTable(Path.of("/proc"), List.of("MLFLOW_RUN_ID", "AIP_RUN_ID"));
    private Process started;

    @AfterEach
    void stop() throws Exception {
        if (started != null) {
            started.descendants().forEach(ProcessHandle::destroy);
            started.destroy();
            started.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessIsDescribedWithCommandUserAndItsRun() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sleep", "60");
        builder.environment().put("AIP_RUN_ID", "run-from-env");
        started = builder.start();
        GpuProcess p = sampledAs(started.pid());
        assertEquals("sleep 60", p.command());
        assertEquals(System.getProperty("user.name"), p.user());
        assertEquals("run-from-env", p.runId());
        assertEquals(3L << 30, p.usedMemoryBytes());
    }

    @Test
    void aProcessWithoutTheVariableInheritsTheRunOfItsAncestor() throws Exception {
        // the shell carries the run id; the sleep it starts gets an empty environment
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "env -i sleep 60; true");
        builder.environment().put("MLFLOW_RUN_ID", "0123abcd");
        builder.environment().remove("AIP_RUN_ID");
        started = builder.start();
        ProcessHandle child = awaitChild(started);
        GpuProcess p = sampledAs(child.pid());
        assertEquals("sleep 60", p.command());
        assertEquals("0123abcd", p.runId());
    }

    @Test
    void aGoneProcessHasNoCommandNorRun() throws Exception {
        GpuProcess p = sampledAs(Integer.MAX_VALUE - 1);
        assertNull(p.command());
        assertNull(p.runId());
    }

    private GpuProcess sampledAs(long pid) throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 1", "proc 0 " + pid + " " + (3L << 30));
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            GpuSample s = nvml.sample(1L, table).get(0);
            assertEquals(1, s.processes().size());
            return s.processes().get(0);
        }
    }

    private static ProcessHandle awaitChild(Process parent) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            var children = parent.children().toList();
            if (!children.isEmpty() && children.get(0).info().command().orElse("").endsWith("sleep")) {
                return children.get(0);
            }
            Thread.sleep(10); // polling for the shell to fork, not timing behaviour
        }
        assertTrue(false, "the shell did not start its child");
        return null;
    }
}
