package org.aiplatform.gpu.impl.nvml;

/**
 * JNA direct mapping of the NVML functions every driver since R450 has. Primitive arrays stand for the out
 * parameters and the structs ({@code nvmlUtilization_t} = int[2], {@code nvmlMemory_t} = long[3]), and device
 * handles are passed as their address: no Structure is built on the sampling path.
 */
final class NvmlCalls {
    static final String[] SYMBOLS = {"nvmlInit_v2", "nvmlShutdown", "nvmlErrorString", "nvmlSystemGetDriverVersion",
        "nvmlSystemGetCudaDriverVersion", "nvmlDeviceGetCount_v2", "nvmlDeviceGetHandleByIndex_v2",
        "nvmlDeviceGetName", "nvmlDeviceGetUUID", "nvmlDeviceGetUtilizationRates", "nvmlDeviceGetMemoryInfo",
        "nvmlDeviceGetTemperature", "nvmlDeviceGetPowerUsage", "nvmlDeviceGetEnforcedPowerLimit",
        "nvmlDeviceGetClockInfo", "nvmlDeviceGetFanSpeed", "nvmlDeviceGetPcieThroughput",
        "nvmlDeviceGetTotalEccErrors", "nvmlDeviceGetCurrentClocksThrottleReasons",
        "nvmlDeviceGetComputeRunningProcesses"};

    private NvmlCalls() {
    }

    static native int nvmlInit_v2();

    static native int nvmlShutdown();

    static native String nvmlErrorString(int result);

    static native int nvmlSystemGetDriverVersion(byte[] version, int length);

    static native int nvmlSystemGetCudaDriverVersion(int[] version);

    static native int nvmlDeviceGetCount_v2(int[] count);

    static native int nvmlDeviceGetHandleByIndex_v2(int index, long[] device);

    static native int nvmlDeviceGetName(long device, byte[] name, int length);

    static native int nvmlDeviceGetUUID(long device, byte[] uuid, int length);

    /** @param rates {gpu, memory} percent */
    static native int nvmlDeviceGetUtilizationRates(long device, int[] rates);

    /** @param memory {total, free, used} bytes */
    static native int nvmlDeviceGetMemoryInfo(long device, long[] memory);

    static native int nvmlDeviceGetTemperature(long device, int sensor, int[] celsius);

    static native int nvmlDeviceGetPowerUsage(long device, int[] milliwatts);

    static native int nvmlDeviceGetEnforcedPowerLimit(long device, int[] milliwatts);

    static native int nvmlDeviceGetClockInfo(long device, int type, int[] mhz);

    static native int nvmlDeviceGetFanSpeed(long device, int[] percent);

    /** @param kilobytesPerSecond over the last 20 ms */
    static native int nvmlDeviceGetPcieThroughput(long device, int counter, int[] kilobytesPerSecond);

    static native int nvmlDeviceGetTotalEccErrors(long device, int errorType, int counterType, long[] count);

    static native int nvmlDeviceGetCurrentClocksThrottleReasons(long device, long[] reasons);

    /** @param infos {@code nvmlProcessInfo_v1_t[]}, 16 bytes each */
    static native int nvmlDeviceGetComputeRunningProcesses(long device, int[] count, byte[] infos);
}
