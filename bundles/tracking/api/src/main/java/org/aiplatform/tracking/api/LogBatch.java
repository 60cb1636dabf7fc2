package org.aiplatform.tracking.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one call logs for a run, all or nothing. Null entries are kept, for the service to refuse with a clear
 * message.
 *
 * @param metrics metric points, at most 1000
 * @param params params, at most 100; write-once per run and key
 * @param tags tags, at most 100; a tag's value may change
 * @since 1.0.0
 */
public record LogBatch(List<MetricPoint> metrics, Map<String, String> params, Map<String, String> tags) {
    public LogBatch {
        metrics = metrics == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(metrics));
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
