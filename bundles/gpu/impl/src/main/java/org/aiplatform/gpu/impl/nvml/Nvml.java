package org.aiplatform.gpu.impl.nvml;

import static org.aiplatform.gpu.impl.nvml.NvmlCalls.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.MigInstance;
import org.aiplatform.gpu.api.ThrottleReason;

import com.sun.jna.NativeLibrary;

/**
 * The platform's NVML binding: opens the library, finds the GPUs once, then reads a sample of all of them per
 * call. Functions a driver lacks or a board does not support leave their metric null and named as unsupported;
 * they never fail a sample. Not thread-safe: one sampler thread uses it (its scratch arrays are reused), and one
 * instance is open per JVM at a time (the direct mapping binds classes, not instances).
 */
public final class Nvml implements AutoCloseable {
    static final int SUCCESS = 0;
    static final int NOT_SUPPORTED = 3;
    static final int NOT_FOUND = 6;
    static final int INSUFFICIENT_SIZE = 7;
    /** NVML_VALUE_NOT_AVAILABLE: the used memory of a process NVML cannot see. */
    private static final long NOT_AVAILABLE = -1L;
    private static final int PCIE_TX = 0;
    private static final int PCIE_RX = 1;
    private static final int CLOCK_SM = 1;
    private static final int CLOCK_MEM = 2;
    private static final int ECC_CORRECTED = 0;
    private static final int ECC_UNCORRECTED = 1;
    private static final int ECC_VOLATILE = 0;

    private final String library;
    private final boolean processesV3;
    private final boolean clockEvents;
    private final boolean mig;
    private final String driverVersion;
    private final String cudaVersion;
    private final List<Device> devices;
    // scratch space of the sampling path
    private final int[] pair = new int[2];
    private final int[] one = new int[1];
    private final int[] other = new int[1];
    private final long[] memory = new long[3];
    private final long[] wide = new long[1];
    private byte[] infos = new byte[24 * 32];
    private boolean open = true;
    private int slowEvery = 1;
    private long samples;

    private Nvml(String library, boolean processesV3, boolean clockEvents, boolean mig, String driverVersion,
                 String cudaVersion, List<Device> devices) {
        this.library = library;
        this.processesV3 = processesV3;
        this.clockEvents = clockEvents;
        this.mig = mig;
        this.driverVersion = driverVersion;
        this.cudaVersion = cudaVersion;
        this.devices = devices;
    }

    /**
     * @param libraryPath the library file, or blank to search the system's library path
     * @return the binding, initialised, with the GPUs found
     * @throws NvmlUnavailableException no library, a library too old, or a driver that does not answer
     */
    public static Nvml open(String libraryPath) throws NvmlUnavailableException {
        NativeLibrary lib = NativeBinding.load(libraryPath);
        String missing = NativeBinding.missing(lib, NvmlCalls.SYMBOLS);
        if (missing != null) {
            throw new NvmlUnavailableException("NVML in " + lib.getFile() + " is too old: it lacks " + missing, null);
        }
        NativeBinding.bind(NvmlCalls.class, lib, NvmlCalls.SYMBOLS);
        boolean v3 = NativeBinding.bind(NvmlRecentCalls.Processes.class, lib, NvmlRecentCalls.Processes.SYMBOLS);
        boolean events = NativeBinding.bind(NvmlRecentCalls.ClockEvents.class, lib,
            NvmlRecentCalls.ClockEvents.SYMBOLS);
        boolean migs = NativeBinding.bind(NvmlRecentCalls.Mig.class, lib, NvmlRecentCalls.Mig.SYMBOLS);
        check(nvmlInit_v2(), "nvmlInit");
        try {
            byte[] text = new byte[96];
            String driver = nvmlSystemGetDriverVersion(text, text.length) == SUCCESS ? string(text) : null;
            int[] cuda = new int[1];
            String cudaVersion = nvmlSystemGetCudaDriverVersion(cuda) == SUCCESS
                ? cuda[0] / 1000 + "." + cuda[0] % 1000 / 10 : null;
            return new Nvml(lib.getFile() == null ? lib.getName() : lib.getFile().getPath(), v3, events, migs,
                driver, cudaVersion, discover());
        } catch (NvmlUnavailableException | RuntimeException e) {
            nvmlShutdown();
            throw e;
        }
    }

    private static List<Device> discover() throws NvmlUnavailableException {
        int[] count = new int[1];
        check(nvmlDeviceGetCount_v2(count), "nvmlDeviceGetCount");
        List<Device> found = new ArrayList<>(count[0]);
        long[] handle = new long[1];
        byte[] text = new byte[96];
        for (int i = 0; i < count[0]; i++) {
            check(nvmlDeviceGetHandleByIndex_v2(i, handle), "nvmlDeviceGetHandleByIndex");
            String name = nvmlDeviceGetName(handle[0], text, text.length) == SUCCESS ? string(text) : null;
            String uuid = nvmlDeviceGetUUID(handle[0], text, text.length) == SUCCESS ? string(text) : null;
            found.add(new Device(i, handle[0], name, uuid));
        }
        return List.copyOf(found);
    }

    /** @return the file the library was loaded from */
    public String library() {
        return library;
    }

    public String driverVersion() {
        return driverVersion;
    }

    public String cudaVersion() {
        return cudaVersion;
    }

    public int deviceCount() {
        return devices.size();
    }

    /**
     * Reads the metrics that change slowly or cost more every {@code n} samples only (power limit, PCIe throughput,
     * which NVML measures over 20 ms, ECC counters, MIG mode); in between a sample repeats their last values.
     *
     * @param n 1 reads everything at every sample
     */
    public void slowMetricsEvery(int n) {
        this.slowEvery = Math.max(1, n);
    }

    /**
     * @param now epoch ms to stamp the samples with
     * @param describer fills in the command, user and run of each process
     * @return one sample per GPU, by index
     */
    public List<GpuSample> sample(long now, ProcessDescriber describer) {
        if (!open) {
            throw new IllegalStateException("NVML is closed");
        }
        boolean slow = samples++ % slowEvery == 0;
        List<GpuSample> result = new ArrayList<>(devices.size());
        for (Device d : devices) {
            if (slow) {
                readSlow(d);
            }
            result.add(sample(d, now, describer));
        }
        return result;
    }

    private GpuSample sample(Device d, long now, ProcessDescriber describer) {
        long h = d.handle;
        int unsupported = 0;
        Integer util = null;
        Integer memUtil = null;
        int rc = nvmlDeviceGetUtilizationRates(h, pair);
        if (rc == SUCCESS) {
            util = pair[0];
            memUtil = pair[1];
        }
        unsupported |= bitIf(rc, Metric.UTILIZATION);
        Long total = null;
        Long used = null;
        Long free = null;
        rc = nvmlDeviceGetMemoryInfo(h, memory);
        if (rc == SUCCESS) {
            total = memory[0];
            free = memory[1];
            used = memory[2];
        }
        unsupported |= bitIf(rc, Metric.MEMORY);
        rc = nvmlDeviceGetTemperature(h, 0, one);
        Integer temperature = rc == SUCCESS ? one[0] : null;
        unsupported |= bitIf(rc, Metric.TEMPERATURE);
        rc = nvmlDeviceGetPowerUsage(h, one);
        Double power = rc == SUCCESS ? one[0] / 1000.0 : null;
        unsupported |= bitIf(rc, Metric.POWER);
        rc = nvmlDeviceGetClockInfo(h, CLOCK_SM, one);
        Integer smClock = rc == SUCCESS ? one[0] : null;
        unsupported |= bitIf(rc, Metric.SM_CLOCK);
        rc = nvmlDeviceGetClockInfo(h, CLOCK_MEM, one);
        Integer memClock = rc == SUCCESS ? one[0] : null;
        unsupported |= bitIf(rc, Metric.MEMORY_CLOCK);
        rc = nvmlDeviceGetFanSpeed(h, one);
        Integer fan = rc == SUCCESS ? one[0] : null;
        unsupported |= bitIf(rc, Metric.FAN);
        rc = clockEvents ? NvmlRecentCalls.ClockEvents.nvmlDeviceGetCurrentClocksEventReasons(h, wide)
            : nvmlDeviceGetCurrentClocksThrottleReasons(h, wide);
        List<String> throttle = rc == SUCCESS ? (wide[0] == 0 ? List.of() : ThrottleReason.names(wide[0])) : null;
        unsupported |= bitIf(rc, Metric.THROTTLE);
        List<GpuProcess> processes = processes(d, describer);
        if (processes == null) {
            unsupported |= Metric.PROCESSES.bit();
        }
        List<MigInstance> migs = d.migEnabled ? migInstances(h) : List.of();
        return new GpuSample(d.index, d.uuid, d.name, now, util, memUtil, total, used, free, temperature, power,
            d.powerLimit, smClock, memClock, fan, d.pcieTx, d.pcieRx, d.eccCorrected, d.eccUncorrected, throttle,
            processes == null ? List.of() : processes, migs, d.unsupported(unsupported | d.slowUnsupported));
    }

    private void readSlow(Device d) {
        long h = d.handle;
        int unsupported = 0;
        int rc = nvmlDeviceGetEnforcedPowerLimit(h, one);
        d.powerLimit = rc == SUCCESS ? one[0] / 1000.0 : null;
        unsupported |= bitIf(rc, Metric.POWER_LIMIT);
        rc = nvmlDeviceGetPcieThroughput(h, PCIE_TX, one);
        int rcRx = nvmlDeviceGetPcieThroughput(h, PCIE_RX, other);
        d.pcieTx = rc == SUCCESS && rcRx == SUCCESS ? one[0] * 1024L : null;
        d.pcieRx = rc == SUCCESS && rcRx == SUCCESS ? other[0] * 1024L : null;
        unsupported |= bitIf(rc, Metric.PCIE);
        rc = nvmlDeviceGetTotalEccErrors(h, ECC_CORRECTED, ECC_VOLATILE, wide);
        d.eccCorrected = rc == SUCCESS ? wide[0] : null;
        if (rc == SUCCESS) {
            rc = nvmlDeviceGetTotalEccErrors(h, ECC_UNCORRECTED, ECC_VOLATILE, wide);
        }
        d.eccUncorrected = rc == SUCCESS ? wide[0] : null;
        unsupported |= bitIf(rc, Metric.ECC);
        d.migEnabled = mig && NvmlRecentCalls.Mig.nvmlDeviceGetMigMode(h, one, other) == SUCCESS && one[0] == 1;
        if (!mig) {
            unsupported |= Metric.MIG.bit();
        }
        d.slowUnsupported = unsupported;
    }

    /** @return the processes, or null when the driver does not list them */
    private List<GpuProcess> processes(Device d, ProcessDescriber describer) {
        int size = processesV3 ? 24 : 16;
        int rc = SUCCESS;
        for (int attempt = 0; attempt < 2; attempt++) {
            one[0] = infos.length / size;
            rc = processesV3 ? NvmlRecentCalls.Processes.nvmlDeviceGetComputeRunningProcesses_v3(d.handle, one, infos)
                : nvmlDeviceGetComputeRunningProcesses(d.handle, one, infos);
            if (rc != INSUFFICIENT_SIZE) {
                break;
            }
            infos = new byte[(one[0] + 8) * 24]; // processes started since the count: leave room
        }
        if (rc != SUCCESS) {
            return null;
        }
        if (one[0] == 0) {
            return List.of();
        }
        ByteBuffer buffer = ByteBuffer.wrap(infos).order(ByteOrder.nativeOrder());
        List<GpuProcess> processes = new ArrayList<>(one[0]);
        for (int i = 0; i < one[0]; i++) {
            long pid = Integer.toUnsignedLong(buffer.getInt(i * size));
            long used = buffer.getLong(i * size + 8);
            processes.add(describer.describe(d.index, pid, used == NOT_AVAILABLE ? null : used));
        }
        return processes;
    }

    private List<MigInstance> migInstances(long h) {
        if (NvmlRecentCalls.Mig.nvmlDeviceGetMaxMigDeviceCount(h, one) != SUCCESS) {
            return List.of();
        }
        List<MigInstance> instances = new ArrayList<>();
        long[] migHandle = new long[1];
        byte[] text = new byte[96];
        for (int i = 0; i < one[0]; i++) {
            if (NvmlRecentCalls.Mig.nvmlDeviceGetMigDeviceHandleByIndex(h, i, migHandle) != SUCCESS) {
                continue; // NOT_FOUND: no instance in that slot
            }
            String uuid = nvmlDeviceGetUUID(migHandle[0], text, text.length) == SUCCESS ? string(text) : null;
            String name = nvmlDeviceGetName(migHandle[0], text, text.length) == SUCCESS ? string(text) : null;
            boolean mem = nvmlDeviceGetMemoryInfo(migHandle[0], memory) == SUCCESS;
            instances.add(new MigInstance(i, uuid, name, mem ? memory[0] : null, mem ? memory[2] : null));
        }
        return instances;
    }

    private static int bitIf(int rc, Metric metric) {
        return rc == NOT_SUPPORTED ? metric.bit() : 0;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            nvmlShutdown();
        }
    }

    private static void check(int rc, String call) throws NvmlUnavailableException {
        if (rc != SUCCESS) {
            throw new NvmlUnavailableException(call + " failed: " + nvmlErrorString(rc) + " (" + rc + ")", null);
        }
    }

    private static String string(byte[] text) {
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
    }
}
