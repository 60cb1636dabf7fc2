package org.aiplatform.gpu.api;

/**
 * The samples of one GPU in one time bucket, as minimum, maximum and mean of each metric; a metric that had no
 * value in the bucket is null.
 *
 * @param timestamp epoch ms of the bucket start
 * @param samples how many samples the bucket holds
 * @param utilizationPercent GPU utilization
 * @param memoryUsedBytes used memory
 * @param temperatureCelsius temperature
 * @param powerWatts power draw
 * @param memoryUtilizationPercent memory utilization
 * @since 1.0.0
 */
public record HistoryPoint(long timestamp, long samples, Stat utilizationPercent, Stat memoryUsedBytes,
                           Stat temperatureCelsius, Stat powerWatts, Stat memoryUtilizationPercent) {

    /**
     * @param min smallest value
     * @param max largest value
     * @param avg mean value
     */
    public record Stat(double min, double max, double avg) {
    }
}
