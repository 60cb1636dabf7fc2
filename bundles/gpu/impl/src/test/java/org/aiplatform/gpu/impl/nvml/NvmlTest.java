package org.aiplatform.gpu.impl.nvml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.MigInstance;
import org.junit.jupiter.api.Test;

/** The real binding against the fake library: discovery, every metric in its unit, old and absent libraries. */
class NvmlTest {
    private static final long GIB = 1L << 30;

    @Test
    void discoversZeroOneAndEightGpus() throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 0");
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            assertEquals(0, nvml.deviceCount());
            assertEquals(List.of(), nvml.sample(1L, ProcessDescriber.NONE));
        }
        FakeNvml.script(FakeNvml.CURRENT, "gpus 1");
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            List<GpuSample> one = nvml.sample(1L, ProcessDescriber.NONE);
            assertEquals(1, one.size());
            assertEquals(0, one.get(0).index());
            assertEquals("GPU-fa4e0000-0000-4000-8000-000000000000", one.get(0).uuid());
        }
        FakeNvml.script(FakeNvml.CURRENT);
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            List<GpuSample> eight = nvml.sample(1L, ProcessDescriber.NONE);
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), eight.stream().map(GpuSample::index).toList());
            assertEquals(8, eight.stream().map(GpuSample::uuid).distinct().count());
            assertEquals(47, eight.get(7).temperatureCelsius());
        }
    }

    @Test
    void readsEveryMetricInItsUnit() throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 2", "driver 535.104.05", "cuda 12020",
            "gpu 1 name NVIDIA A100-SXM4-40GB", "gpu 1 util 77", "gpu 1 mem_util 33",
            "gpu 1 mem_total " + 40 * GIB, "gpu 1 mem_used " + 10 * GIB, "gpu 1 temperature 86",
            "gpu 1 power_mw 250500", "gpu 1 power_limit_mw 400000", "gpu 1 sm_clock 1410", "gpu 1 mem_clock 1215",
            "gpu 1 fan 55", "gpu 1 pcie_tx 2048", "gpu 1 pcie_rx 4096", "gpu 1 ecc_corrected 3",
            "gpu 1 ecc_uncorrected 1", "gpu 1 throttle 0x44");
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            assertEquals("535.104.05", nvml.driverVersion());
            assertEquals("12.2", nvml.cudaVersion());
            GpuSample s = nvml.sample(1234L, ProcessDescriber.NONE).get(1);
            assertEquals(1234L, s.timestamp());
            assertEquals("NVIDIA A100-SXM4-40GB", s.name());
            assertEquals(77, s.utilizationPercent());
            assertEquals(33, s.memoryUtilizationPercent());
            assertEquals(40 * GIB, s.memoryTotalBytes());
            assertEquals(10 * GIB, s.memoryUsedBytes());
            assertEquals(30 * GIB, s.memoryFreeBytes());
            assertEquals(25.0, s.memoryUsedPercent(), 1e-9);
            assertEquals(86, s.temperatureCelsius());
            assertEquals(250.5, s.powerWatts(), 1e-9);      // NVML says milliwatts
            assertEquals(400.0, s.powerLimitWatts(), 1e-9);
            assertEquals(1410, s.smClockMhz());
            assertEquals(1215, s.memoryClockMhz());
            assertEquals(55, s.fanPercent());
            assertEquals(2048L * 1024, s.pcieTxBytesPerSecond()); // NVML says KB/s
            assertEquals(4096L * 1024, s.pcieRxBytesPerSecond());
            assertEquals(3L, s.eccCorrectedErrors());
            assertEquals(1L, s.eccUncorrectedErrors());
            assertEquals(List.of("SW_POWER_CAP", "HW_THERMAL_SLOWDOWN"), s.throttleReasons());
            assertEquals(List.of(), s.unsupported());
            assertEquals(List.of(), s.migInstances());
        }
    }

    @Test
    void listsProcessesWithTheirMemory() throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 2", "proc 1 4242 " + 2 * GIB, "proc 1 4343 18446744073709551615",
            "proc 0 77 1024");
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            List<GpuSample> samples = nvml.sample(1L, ProcessDescriber.NONE);
            assertEquals(List.of(new GpuProcess(0, 77, 1024L, null, null, null)), samples.get(0).processes());
            assertEquals(List.of(new GpuProcess(1, 4242, 2 * GIB, null, null, null),
                new GpuProcess(1, 4343, null, null, null, null)), samples.get(1).processes()); // not available
        }
    }

    @Test
    void growsTheProcessBufferWhenMoreProcessesRunThanItHolds() throws Exception {
        String[] lines = new String[101];
        lines[0] = "gpus 1";
        for (int i = 1; i <= 100; i++) {
            lines[i] = "proc 0 " + (5000 + i) + " " + i;
        }
        FakeNvml.script(FakeNvml.CURRENT, lines);
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            List<GpuProcess> processes = nvml.sample(1L, ProcessDescriber.NONE).get(0).processes();
            assertEquals(100, processes.size());
            assertEquals(5100L, processes.get(99).pid());
        }
    }

    @Test
    void aFunctionTheBoardDoesNotSupportLeavesItsMetricNull() throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 1", "unsupported nvmlDeviceGetFanSpeed",
            "unsupported nvmlDeviceGetTotalEccErrors");
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            GpuSample s = nvml.sample(1L, ProcessDescriber.NONE).get(0);
            assertNull(s.fanPercent());
            assertNull(s.eccCorrectedErrors());
            assertEquals(List.of("fan", "ecc"), s.unsupported());
            assertEquals(40, s.temperatureCelsius());
        }
    }

    @Test
    void listsMigInstancesWhenMigIsEnabled() throws Exception {
        FakeNvml.script(FakeNvml.CURRENT, "gpus 2", "gpu 1 mig 2", "gpu 1 mem_total " + 70 * GIB);
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            List<GpuSample> samples = nvml.sample(1L, ProcessDescriber.NONE);
            assertEquals(List.of(), samples.get(0).migInstances());
            List<MigInstance> migs = samples.get(1).migInstances();
            assertEquals(2, migs.size());
            assertEquals(10 * GIB, migs.get(0).memoryTotalBytes());
            assertTrue(migs.get(1).uuid().startsWith("MIG-"), migs.get(1).uuid());
            assertEquals("NVIDIA H100 80GB HBM3 MIG 1g.10gb", migs.get(1).name());
        }
    }

    @Test
    void anOldDriverWithoutNewerFunctionsStillSamples() throws Exception {
        FakeNvml.script(FakeNvml.OLD, "gpus 1", "gpu 0 throttle 0x20", "proc 0 99 " + GIB);
        try (Nvml nvml = Nvml.open(FakeNvml.OLD)) {
            GpuSample s = nvml.sample(1L, ProcessDescriber.NONE).get(0);
            assertEquals(List.of("mig"), s.unsupported());
            assertEquals(List.of(new GpuProcess(0, 99, GIB, null, null, null)), s.processes()); // v1 layout
            assertEquals(List.of("SW_THERMAL_SLOWDOWN"), s.throttleReasons()); // the old function's name
            assertEquals(List.of(), s.migInstances());
        }
        // the current library afterwards binds the newer functions again
        FakeNvml.script(FakeNvml.CURRENT, "gpus 1", "gpu 0 mig 1");
        try (Nvml nvml = Nvml.open(FakeNvml.CURRENT)) {
            assertEquals(1, nvml.sample(1L, ProcessDescriber.NONE).get(0).migInstances().size());
        }
    }

    @Test
    void anAbsentLibraryIsUnavailableWithTheReason() {
        NvmlUnavailableException e = assertThrows(NvmlUnavailableException.class,
            () -> Nvml.open("/nonexistent/libnvidia-ml.so.1"));
        assertTrue(e.getMessage().startsWith("NVML library not found (/nonexistent/libnvidia-ml.so.1)"),
            e.getMessage());
    }

    @Test
    void aLibraryThatIsNotNvmlIsUnavailable() {
        NvmlUnavailableException e = assertThrows(NvmlUnavailableException.class, () -> Nvml.open("libc.so.6"));
        assertTrue(e.getMessage().endsWith("is too old: it lacks nvmlInit_v2"), e.getMessage());
    }
}
