package org.aiplatform.gpu.api;

import java.util.List;

/**
 * What the node's GPUs look like now.
 *
 * @param available true when NVML loaded and answered
 * @param reason why it is not available (no library, no driver, a failed call), or null
 * @param hostname the node
 * @param driverVersion the NVIDIA driver version, or null
 * @param cudaVersion the CUDA version the driver supports ({@code 12.4}), or null
 * @param gpus the latest sample of every GPU, by index
 * @since 1.0.0
 */
public record GpuStatus(boolean available, String reason, String hostname, String driverVersion, String cudaVersion,
                        List<GpuSample> gpus) {
}
