package org.aiplatform.gpu.api;

/**
 * A compute process on a GPU.
 *
 * @param gpuIndex the GPU's index
 * @param pid process id
 * @param usedMemoryBytes device memory it uses, or null when the driver does not say (MIG, some Windows modes)
 * @param command its command line, or null when it cannot be read (gone, another namespace)
 * @param user the owner's user name, or null when unknown
 * @param runId the tracking run named in its environment or an ancestor's, or null
 * @since 1.0.0
 */
public record GpuProcess(int gpuIndex, long pid, Long usedMemoryBytes, String command, String user, String runId) {
}
