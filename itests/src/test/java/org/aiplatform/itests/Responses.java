package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;

import org.aiplatform.sdk.testkit.PlatformHttp;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks on answers the REST tests share. */
final class Responses {
    private Responses() {
    }

    /** @return the response, after checking it is a 200 */
    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return response;
    }

    /** @return the body of a 201 */
    static JsonNode created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return PlatformHttp.json(response.body());
    }
}
