package org.aiplatform.tracking.api;

/**
 * One logged value of a metric; the value may be NaN or infinite.
 *
 * @param key the metric key
 * @param value the value
 * @param timestamp epoch ms
 * @param step the step
 * @since 1.0.0
 */
public record MetricPoint(String key, double value, long timestamp, long step) {
}
