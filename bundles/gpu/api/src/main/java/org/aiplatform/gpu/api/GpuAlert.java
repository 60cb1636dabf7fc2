package org.aiplatform.gpu.api;

/**
 * An alert raised by a rule on a GPU.
 *
 * @param id its id
 * @param rule the rule's name
 * @param gpuIndex the GPU's index
 * @param gpuUuid the GPU's UUID
 * @param metric the metric the rule watches
 * @param severity {@code info}, {@code warning} or {@code critical}
 * @param threshold the rule's threshold
 * @param value the metric's value when it fired
 * @param state its state
 * @param firedAt epoch ms it fired
 * @param acknowledgedAt epoch ms someone acknowledged it, or null
 * @param acknowledgedBy who acknowledged it, or null
 * @param resolvedAt epoch ms it was resolved, or null
 * @param resolvedBy who resolved it ({@link #SYSTEM} when the condition cleared), or null
 * @since 1.0.0
 */
public record GpuAlert(long id, String rule, int gpuIndex, String gpuUuid, String metric, String severity,
                       double threshold, double value, State state, long firedAt, Long acknowledgedAt,
                       String acknowledgedBy, Long resolvedAt, String resolvedBy) {
    /** {@link #resolvedBy()} of an alert whose condition cleared. */
    public static final String SYSTEM = "system";

    /** The life of an alert. */
    public enum State {
        /** The condition holds and nobody has acknowledged it. */
        FIRING,
        /** Someone has seen it; the condition may still hold. */
        ACKNOWLEDGED,
        /** The condition cleared or someone resolved it. */
        RESOLVED
    }
}
