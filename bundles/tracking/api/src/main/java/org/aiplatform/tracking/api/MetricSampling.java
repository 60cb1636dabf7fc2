package org.aiplatform.tracking.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads metric histories of any length, downsampled on the server. Callers check permissions; the service does not.
 *
 * @since 1.1.0
 */
@ProviderType
public interface MetricSampling {
    /** The most points one answer may ask for. */
    int MAX_POINTS = 100_000;

    /**
     * @param runId the run (RESOURCE_DOES_NOT_EXIST when unknown)
     * @param key the metric key
     * @param maxPoints at most this many points (2 to {@link #MAX_POINTS}), or 0 for the whole history
     * @param method how to reduce the history when it is longer than {@code maxPoints}
     * @return the points by step then timestamp
     */
    List<SampledPoint> sample(String runId, String key, int maxPoints, Downsampling method);
}
