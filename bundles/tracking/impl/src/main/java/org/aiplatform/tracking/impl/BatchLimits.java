package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.util.Collection;
import java.util.Map;

import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;

/** MLflow's limits on one log batch, checked before anything is written so a refused batch changes nothing. */
final class BatchLimits {
    static final int MAX_METRICS = 1000;
    static final int MAX_PARAMS = 100;
    static final int MAX_TAGS = 100;
    static final int MAX_KEY = 250;
    static final int MAX_PARAM_VALUE = 6000;
    static final int MAX_TAG_VALUE = 8000;

    private BatchLimits() {
    }

    static void check(LogBatch batch) {
        count("metrics", batch.metrics(), MAX_METRICS);
        count("params", batch.params().values(), MAX_PARAMS);
        count("tags", batch.tags().values(), MAX_TAGS);
        for (MetricPoint point : batch.metrics()) {
            if (point == null) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.required", "metric");
            }
            text("metric key", point.key(), MAX_KEY);
        }
        entries("param", batch.params(), MAX_PARAM_VALUE);
        tags(batch.tags());
    }

    static void tags(Map<String, String> tags) {
        entries("tag", tags, MAX_TAG_VALUE);
    }

    /** @return the text, present and at most max characters long */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.required", field);
        }
        if (value.length() > max) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.too_long", field, String.valueOf(max));
        }
        return value;
    }

    private static void entries(String kind, Map<String, String> entries, int maxValue) {
        entries.forEach((key, value) -> {
            text(kind + " key", key, MAX_KEY);
            if (value == null) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.required", kind + " value");
            }
            if (value.length() > maxValue) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.too_long", kind + " value",
                    String.valueOf(maxValue));
            }
        });
    }

    private static void count(String what, Collection<?> items, int max) {
        if (items.size() > max) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "batch.too_many", what,
                String.valueOf(max), String.valueOf(items.size()));
        }
    }
}
