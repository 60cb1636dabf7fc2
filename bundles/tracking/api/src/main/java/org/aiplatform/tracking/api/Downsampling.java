package org.aiplatform.tracking.api;

/**
 * How a long metric history is reduced to a few points for plotting.
 *
 * @since 1.1.0
 */
public enum Downsampling {
    /** Each bucket of steps keeps its lowest and highest point, so spikes survive. */
    MINMAX,
    /** Largest-Triangle-Three-Buckets: keeps the points that best preserve the curve's visual shape. */
    LTTB
}
