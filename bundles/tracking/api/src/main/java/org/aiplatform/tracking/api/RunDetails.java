package org.aiplatform.tracking.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run with what it logged: its params, tags and the latest point of each metric.
 *
 * @param info the run
 * @param params params by key
 * @param tags tags by key
 * @param latestMetrics the latest point per metric key (highest step, then timestamp), by key
 * @since 1.1.0
 */
public record RunDetails(Run info, Map<String, String> params, Map<String, String> tags,
                         List<MetricPoint> latestMetrics) {
    public RunDetails {
        params = params == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(params));
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tags));
        latestMetrics = latestMetrics == null ? List.of() : List.copyOf(latestMetrics);
    }
}
