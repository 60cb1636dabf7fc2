package org.aiplatform.gpu.impl.nvml;

/** Functions newer drivers added; each class is bound only when the library has all its symbols. */
final class NvmlRecentCalls {
    private NvmlRecentCalls() {
    }

    /** R510+: the process list with GPU and compute instance ids. */
    static final class Processes {
        static final String[] SYMBOLS = {"nvmlDeviceGetComputeRunningProcesses_v3"};

        private Processes() {
        }

        /** @param infos {@code nvmlProcessInfo_t[]}, 24 bytes each */
        static native int nvmlDeviceGetComputeRunningProcesses_v3(long device, int[] count, byte[] infos);
    }

    /** R535+: the new name of the throttle reasons. */
    static final class ClockEvents {
        static final String[] SYMBOLS = {"nvmlDeviceGetCurrentClocksEventReasons"};

        private ClockEvents() {
        }

        static native int nvmlDeviceGetCurrentClocksEventReasons(long device, long[] reasons);
    }

    /** R450+ on A100 and later: multi-instance GPUs. */
    static final class Mig {
        static final String[] SYMBOLS = {"nvmlDeviceGetMigMode", "nvmlDeviceGetMaxMigDeviceCount",
            "nvmlDeviceGetMigDeviceHandleByIndex"};

        private Mig() {
        }

        static native int nvmlDeviceGetMigMode(long device, int[] current, int[] pending);

        static native int nvmlDeviceGetMaxMigDeviceCount(long device, int[] count);

        static native int nvmlDeviceGetMigDeviceHandleByIndex(long device, int index, long[] migDevice);
    }
}
