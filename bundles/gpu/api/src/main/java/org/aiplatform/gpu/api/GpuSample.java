package org.aiplatform.gpu.api;

import java.util.List;

/**
 * One reading of one GPU. A metric the driver or the board does not support is null and named in
 * {@link #unsupported()}.
 *
 * @param index NVML index
 * @param uuid NVML UUID ({@code GPU-...})
 * @param name product name
 * @param timestamp epoch ms of the reading
 * @param utilizationPercent share of time a kernel ran, 0-100
 * @param memoryUtilizationPercent share of time device memory was read or written, 0-100
 * @param memoryTotalBytes device memory
 * @param memoryUsedBytes used device memory
 * @param memoryFreeBytes free device memory
 * @param temperatureCelsius GPU die temperature
 * @param powerWatts power draw
 * @param powerLimitWatts enforced power limit
 * @param smClockMhz SM clock
 * @param memoryClockMhz memory clock
 * @param fanPercent fan speed, percent of its maximum
 * @param pcieTxBytesPerSecond PCIe transmit throughput
 * @param pcieRxBytesPerSecond PCIe receive throughput
 * @param eccCorrectedErrors corrected ECC errors since the driver loaded
 * @param eccUncorrectedErrors uncorrected ECC errors since the driver loaded
 * @param throttleReasons active clock throttle reasons ({@link ThrottleReason} names)
 * @param processes compute processes on the GPU
 * @param migInstances MIG instances, empty when MIG is disabled
 * @param unsupported names of the metrics this GPU or driver does not report
 * @since 1.0.0
 */
public record GpuSample(int index, String uuid, String name, long timestamp, Integer utilizationPercent,
                        Integer memoryUtilizationPercent, Long memoryTotalBytes, Long memoryUsedBytes,
                        Long memoryFreeBytes, Integer temperatureCelsius, Double powerWatts, Double powerLimitWatts,
                        Integer smClockMhz, Integer memoryClockMhz, Integer fanPercent, Long pcieTxBytesPerSecond,
                        Long pcieRxBytesPerSecond, Long eccCorrectedErrors, Long eccUncorrectedErrors,
                        List<String> throttleReasons, List<GpuProcess> processes, List<MigInstance> migInstances,
                        List<String> unsupported) {

    /** @return used memory in percent of the total, or null when unknown */
    public Double memoryUsedPercent() {
        if (memoryUsedBytes == null || memoryTotalBytes == null || memoryTotalBytes == 0) {
            return null;
        }
        return 100.0 * memoryUsedBytes / memoryTotalBytes;
    }
}
