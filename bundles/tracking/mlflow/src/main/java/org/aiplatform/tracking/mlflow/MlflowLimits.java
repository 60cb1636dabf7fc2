package org.aiplatform.tracking.mlflow;

import java.util.Map;
import java.util.regex.Pattern;

import org.aiplatform.kernel.api.ErrorCode;

/**
 * MLflow's own rules on what a request logs ({@code mlflow/utils/validation.py}), checked before anything is
 * written; the tracking service checks lengths and per-kind counts again in its transaction.
 */
public final class MlflowLimits {
    /** Entities (metrics + params + tags) in one log-batch. */
    public static final int MAX_BATCH_ENTITIES = 1000;
    public static final int MAX_BATCH_METRICS = 1000;
    public static final int MAX_BATCH_PARAMS = 100;
    public static final int MAX_BATCH_TAGS = 100;
    public static final int MAX_KEY = 250;
    public static final int MAX_RUN_NAME = 250;
    public static final int MAX_TAG_VALUE = 8000;
    /** Letters, digits, underscores, dashes, periods, spaces and slashes. */
    private static final Pattern KEY = Pattern.compile("[/\\w.\\- ]*", Pattern.UNICODE_CHARACTER_CLASS);

    private MlflowLimits() {
    }

    /**
     * @param kind metric, param or tag (for the message)
     * @param key the key
     * @return the key, when MLflow accepts it
     */
    public static String key(String kind, String key) {
        if (key.isEmpty() || key.length() > MAX_KEY) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "limits.key_length", kind, key,
                String.valueOf(MAX_KEY));
        }
        // MLflow refuses names that could escape a directory of a file store
        if (!KEY.matcher(key).matches() || key.startsWith("/") || key.contains("..") || key.contains("//")) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "limits.key_characters", kind, key);
        }
        return key;
    }

    /** Refuses a run name longer than the store keeps. */
    public static String runName(String name) {
        if (name.length() > MAX_RUN_NAME) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "limits.too_long", "run_name",
                String.valueOf(MAX_RUN_NAME));
        }
        return name;
    }

    /** Refuses tag values longer than the store keeps, before anything is written. */
    public static void tagValues(Map<String, String> tags) {
        tags.forEach((key, value) -> {
            if (value.length() > MAX_TAG_VALUE) {
                throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "limits.too_long",
                    "tag " + key, String.valueOf(MAX_TAG_VALUE));
            }
        });
    }

    /** Refuses a log-batch over MLflow's per-kind and total limits. */
    public static void batch(int metrics, int params, int tags) {
        count("metrics", metrics, MAX_BATCH_METRICS);
        count("params", params, MAX_BATCH_PARAMS);
        count("tags", tags, MAX_BATCH_TAGS);
        count("entities (metrics, params and tags)", metrics + params + tags, MAX_BATCH_ENTITIES);
    }

    private static void count(String what, int count, int max) {
        if (count > max) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "limits.batch", what,
                String.valueOf(max), String.valueOf(count));
        }
    }
}
