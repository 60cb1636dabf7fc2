package org.aiplatform.tracking.mlflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MultivaluedMap;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of one MLflow request, from a JSON body (POST, PATCH, DELETE) or from query parameters (GET), read
 * as MLflow's servers read them: snake_case names (lowerCamelCase accepted too, as protobuf parsers do), int64 as
 * numbers or strings, doubles as numbers or the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"},
 * unknown fields ignored. A missing required field is {@code 400 INVALID_PARAMETER_VALUE} with MLflow's message.
 */
public final class MlflowRequest {
    private final ObjectNode fields;

    private MlflowRequest(ObjectNode fields) {
        this.fields = fields;
    }

    /** @return the fields of a JSON body */
    public static MlflowRequest body(String json) {
        return new MlflowRequest(MlflowJson.parse(json));
    }

    /** @return the fields of query parameters; a repeated parameter reads as a list */
    public static MlflowRequest query(MultivaluedMap<String, String> parameters) {
        ObjectNode fields = MlflowJson.object();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            List<String> values = entry.getValue();
            if (values.size() == 1) {
                fields.put(entry.getKey(), values.get(0));
            } else {
                ArrayNode array = fields.putArray(entry.getKey());
                values.forEach(array::add);
            }
        }
        return new MlflowRequest(fields);
    }

    /** @return a text field, or null when absent or JSON null; numbers and booleans read as their text */
    public String string(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (!node.isValueNode()) {
            throw invalid("request.not_text", name);
        }
        return node.asText();
    }

    /** @return a text field that must be present */
    public String requiredString(String name) {
        return required(name, string(name));
    }

    /** @return the run id from {@code run_id}, or from the deprecated {@code run_uuid} (clients send both) */
    public String runId() {
        String id = string("run_id");
        return required("run_id", id == null || id.isEmpty() ? string("run_uuid") : id);
    }

    /** @return an int64 field given as a number or a string, or null when absent */
    public Long int64(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isTextual()) {
            try {
                return Long.valueOf(node.textValue().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw invalid("request.not_integer", name);
    }

    /** @return an int64 field that must be present */
    public long requiredInt64(String name) {
        return required(name, int64(name));
    }

    /** @return a double field given as a number or a string (NaN and infinities as strings), or null */
    public Double number(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            String text = node.textValue().trim();
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                case "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    try {
                        return Double.valueOf(text);
                    } catch (NumberFormatException e) {
                        // reported below
                    }
            }
        }
        throw invalid("request.not_number", name);
    }

    /** @return a double field that must be present */
    public double requiredNumber(String name) {
        return required(name, number(name));
    }

    /** @return a boolean field ({@code true}/{@code false}, also as strings), or null */
    public Boolean bool(String name) {
        JsonNode node = node(name);
        if (node == null) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && ("true".equalsIgnoreCase(node.textValue())
            || "false".equalsIgnoreCase(node.textValue()))) {
            return Boolean.valueOf(node.textValue());
        }
        throw invalid("request.not_boolean", name);
    }

    /** @return a repeated text field (a JSON array, a repeated query parameter or a single value), never null */
    public List<String> strings(String name) {
        JsonNode node = node(name);
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            if (!item.isValueNode()) {
                throw invalid("request.not_text", name);
            }
            values.add(item.asText());
        }
        return values;
    }

    /** @return a repeated message field (a JSON array of objects), never null */
    public List<MlflowRequest> objects(String name) {
        JsonNode node = node(name);
        List<MlflowRequest> items = new ArrayList<>();
        if (node == null) {
            return items;
        }
        if (!node.isArray()) {
            throw invalid("request.not_list", name);
        }
        for (JsonNode item : node) {
            if (!(item instanceof ObjectNode object)) {
                throw invalid("request.not_object", name);
            }
            items.add(new MlflowRequest(object));
        }
        return items;
    }

    /** @return a message field that must be present (a JSON object) */
    public MlflowRequest requiredObject(String name) {
        JsonNode node = node(name);
        if (node == null) {
            throw invalid("request.missing", name);
        }
        if (!(node instanceof ObjectNode object)) {
            throw invalid("request.field_not_object", name);
        }
        return new MlflowRequest(object);
    }

    /** @return the field by its snake_case name or its lowerCamelCase form; null for absent or JSON null */
    private JsonNode node(String name) {
        JsonNode node = fields.get(name);
        if (node == null && name.indexOf('_') > 0) {
            node = fields.get(camel(name));
        }
        return node == null || node.isNull() ? null : node;
    }

    static String camel(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw invalid("request.missing", name);
        }
        return value;
    }

    private static ApiException invalid(String key, String name) {
        return MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, key, name);
    }
}
