package org.aiplatform.tracking.api;

/**
 * One point of a (possibly downsampled) metric history.
 *
 * @param step the step
 * @param value the value, may be NaN or infinite
 * @param timestamp epoch ms
 * @param epoch the value the run logged for the metric {@code epoch} at the same step, or null
 * @since 1.1.0
 */
public record SampledPoint(long step, double value, long timestamp, Double epoch) {
}
