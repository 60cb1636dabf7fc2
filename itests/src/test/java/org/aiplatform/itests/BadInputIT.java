package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.TestRealm;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every projects endpoint answers bad input, missing or wrong credentials and missing permissions with a JSON 4xx
 * error, and such a request changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputIT extends PlatformTestSupport {
    private static final String READER_TOKEN = "reader-token";

    private String id;
    private String before;

    @Override
    @Configuration
    public Option[] config() {
        // "reader" may only read, and only what it is granted: it sees no project at all
        return platform(editConfigurationFilePut("etc/" + TestRealm.PID + ".cfg", TestRealm.key(READER_TOKEN),
            "reader projects:read@nothing-granted"));
    }

    @Before
    public void oneProject() {
        awaitReady();
        HttpResponse<String> created = http().post("/api/v1/projects",
            "{\"name\": \"target-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"description\": \"d\"}");
        assertEquals(created.body(), 201, created.statusCode());
        id = PlatformHttp.json(created.body()).get("id").asText();
        before = http().get("/api/v1/projects/" + id).body();
    }

    @Test
    public void malformedBodiesOnCreate() {
        int count = count();
        assertError(http().post("/api/v1/projects", "{\"name\": "), 400, "BAD_REQUEST");
        assertError(http().post("/api/v1/projects", "{\"name\": 5}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", "{\"name\": \"a\", \"nmae\": \"b\"}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", "{\"name\": \"a\", \"name\": \"b\"}"), 400, "BAD_REQUEST");
        assertError(http().post("/api/v1/projects", "{}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", ""), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", "null"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", "[]"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", "{\"name\": \"ok\"} trailing"), 400, "BAD_REQUEST");
        assertError(http().post("/api/v1/projects", "{\"name\": \"../etc/passwd\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", "{\"name\": \"" + "x".repeat(101) + "\"}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertError(http().post("/api/v1/projects", "{\"name\": \"ok\", \"description\": \"" + "d".repeat(4001)
            + "\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertEquals(count, count());
    }

    @Test
    public void wrongContentTypesAndOversizeBodies() {
        int count = count();
        assertError(http().send(http().builder("/api/v1/projects").header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}"))), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(http().send(http().builder("/api/v1/projects")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}"))), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertError(http().send(http().builder("/api/v1/projects/" + id).header("Accept", "application/xml")
            .GET()), 406, "NOT_ACCEPTABLE");
        String huge = "{\"name\": \"big\", \"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertError(http().post("/api/v1/projects", huge), 413, "REQUEST_TOO_LARGE");
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        assertError(http().send(http().builder("/api/v1/projects").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))), 413,
            "REQUEST_TOO_LARGE");
        assertEquals(count, count());
    }

    @Test
    public void malformedUpdates() {
        JsonNode enumError = assertError(http().patch("/api/v1/projects/" + id, "{\"state\": \"DELETED\"}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertTrue(enumError.get("message").asText(), enumError.get("message").asText().contains("ARCHIVED"));
        assertError(http().patch("/api/v1/projects/" + id, "{\"state\": 1}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().patch("/api/v1/projects/" + id, "{}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().patch("/api/v1/projects/" + id, "{\"name\": \"\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().patch("/api/v1/projects/" + id, "{\"name\": [1]}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().patch("/api/v1/projects/" + id, "{\"description\": "), 400, "BAD_REQUEST");
        assertError(http().patch("/api/v1/projects/nope", "{\"description\": \"x\"}"), 404,
            "RESOURCE_DOES_NOT_EXIST");
        assertEquals(before, http().get("/api/v1/projects/" + id).body());
    }

    @Test
    public void malformedQueriesAndUnknownResources() {
        for (String query : new String[] {"max_results=abc", "max_results=0", "max_results=5000", "page_token=%25%25",
            "page_token=bm90LW91cnM", "state=deleted"}) {
            assertError(http().get("/api/v1/projects?" + query), 400, "INVALID_PARAMETER_VALUE");
        }
        assertError(http().get("/api/v1/projects/does-not-exist"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http().delete("/api/v1/projects/does-not-exist"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http().get("/api/v1/no-such-endpoint"), 404, "ENDPOINT_NOT_FOUND");
        assertError(http().send(http().builder("/api/v1/projects/" + id).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{}"))), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    public void everyEndpointNeedsCredentials() {
        PlatformHttp anonymous = http().withAuthorization(null);
        for (HttpResponse<String> r : new HttpResponse[] {anonymous.get("/api/v1/projects"),
            anonymous.post("/api/v1/projects", "{\"name\": \"anon\"}"), anonymous.get("/api/v1/projects/" + id),
            anonymous.patch("/api/v1/projects/" + id, "{\"description\": \"x\"}"),
            anonymous.delete("/api/v1/projects/" + id)}) {
            assertError(r, 401, "UNAUTHENTICATED");
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("Bearer"));
        }
        assertError(http().withToken("wrong-token").get("/api/v1/projects"), 401, "UNAUTHENTICATED");
        assertError(http().withAuthorization("Bearer").get("/api/v1/projects"), 401, "UNAUTHENTICATED");
        assertError(http().withAuthorization("Basic !!!").get("/api/v1/projects"), 401, "UNAUTHENTICATED");
        assertError(http().withAuthorization("Digest abc").get("/api/v1/projects"), 401, "UNAUTHENTICATED");
        assertEquals(before, http().get("/api/v1/projects/" + id).body());
    }

    @Test
    public void callersWithoutPermissionGet403AndSeeOnlyTheirProjects() {
        PlatformHttp reader = http().withToken(READER_TOKEN);
        assertError(reader.post("/api/v1/projects", "{\"name\": \"not-allowed\"}"), 403, "PERMISSION_DENIED");
        assertError(reader.get("/api/v1/projects/" + id), 403, "PERMISSION_DENIED");
        assertError(reader.patch("/api/v1/projects/" + id, "{\"description\": \"x\"}"), 403, "PERMISSION_DENIED");
        assertError(reader.delete("/api/v1/projects/" + id), 403, "PERMISSION_DENIED");
        HttpResponse<String> list = reader.get("/api/v1/projects");
        assertEquals(200, list.statusCode());
        assertEquals(0, PlatformHttp.json(list.body()).get("items").size());
        assertEquals(before, http().get("/api/v1/projects/" + id).body());
        assertTrue(http().get("/api/v1/projects?max_results=1000").body().contains(id));
    }

    @Test
    public void errorsSpeakTheCallersLanguage() {
        HttpResponse<String> r = http().send(http().builder("/api/v1/projects/does-not-exist")
            .header("Accept-Language", "zh-CN,zh;q=0.9").GET());
        JsonNode error = assertError(r, 404, "RESOURCE_DOES_NOT_EXIST");
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("不存在"));
    }

    private int count() {
        return PlatformHttp.json(http().get("/api/v1/projects?state=all&max_results=1000").body()).get("items").size();
    }

    private static JsonNode assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse(""),
            response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = PlatformHttp.json(response.body());
        assertEquals(response.body(), code, body.get("error_code").asText());
        assertEquals(response.body(), 2, body.size());
        assertFalse("no stack traces: " + response.body(), response.body().contains("at org."));
        return body;
    }
}
