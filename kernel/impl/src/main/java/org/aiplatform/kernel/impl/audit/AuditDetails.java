package org.aiplatform.kernel.impl.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores the details of an audit entry as a JSON object that always fits its 4000-character column. */
final class AuditDetails {
    static final int MAX_CHARS = 4000;
    private static final int MAX_VALUE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private AuditDetails() {
    }

    static String write(Map<String, String> details) {
        if (details.isEmpty()) {
            return null;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        String json = "{}";
        for (Map.Entry<String, String> e : new TreeMap<>(details).entrySet()) {
            String value = e.getValue() == null || e.getValue().length() <= MAX_VALUE ? e.getValue()
                : e.getValue().substring(0, MAX_VALUE) + "…";
            kept.put(e.getKey(), value);
            String candidate = toJson(kept);
            if (candidate.length() > MAX_CHARS) {
                kept.remove(e.getKey());
                kept.put("truncated", "true");
                return toJson(kept);
            }
            json = candidate;
        }
        return json;
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", json);
        }
    }

    private static String toJson(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
