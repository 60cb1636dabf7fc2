package org.aiplatform.gpu.impl.nvml;

import org.aiplatform.gpu.api.GpuProcess;

/** Turns a pid NVML reports into a process with its command, user and run. */
@FunctionalInterface
public interface ProcessDescriber {
    /** Describes nothing: command, user and run stay null. */
    ProcessDescriber NONE = (gpu, pid, used) -> new GpuProcess(gpu, pid, used, null, null, null);

    GpuProcess describe(int gpuIndex, long pid, Long usedMemoryBytes);
}
