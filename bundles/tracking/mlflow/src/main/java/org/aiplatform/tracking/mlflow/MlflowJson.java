package org.aiplatform.tracking.mlflow;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.aiplatform.kernel.api.ErrorCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * MLflow's JSON dialect, which is not the native API's: requests are read leniently (unknown fields ignored, bare
 * {@code NaN}/{@code Infinity} tokens accepted; {@link MlflowRequest} takes int64 as numbers or strings), and
 * responses are always an object, with NaN and infinities written as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"} (Jackson's default). Resources take the body as a String and answer
 * through {@link #ok(JsonNode)}, so the kernel's strict JSON provider never touches MLflow bodies.
 */
public final class MlflowJson {
    /** Immutable once built, and thread-safe: shared by every request. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // exact doubles, exact int64 beyond 2^53
        .build();

    private MlflowJson() {
    }

    /** @return a new empty object to fill in */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * @param body the request body; empty means {@code {}}
     * @return the body's object
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for malformed JSON or a non-object
     */
    public static ObjectNode parse(String body) {
        if (body == null || body.isBlank()) {
            return object();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.malformed",
                e.getOriginalMessage());
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.not_object");
    }

    /** @return 200 with the body (an object, as MLflow clients require) */
    public static Response ok(JsonNode body) {
        return json(200, body);
    }

    /** @return 200 {@code {}}: the answer of MLflow's void calls */
    public static Response empty() {
        return json(200, object());
    }

    /** @return the status with the JSON body */
    public static Response json(int status, JsonNode body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(write(body)).build();
    }

    /** @return the body's text */
    static String write(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
