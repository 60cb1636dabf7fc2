package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Bad input to the rbac endpoints, sent by an administrator, gets a JSON 4xx error: never a 500, never HTML. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RbacBadInputIT extends PlatformTestSupport {
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** One bad request and the error it must get; {@code {project}} is an existing project. */
    private record Bad(String method, String path, String type, String body, int status, String code) {
    }

    private static final List<Bad> TABLE = List.of(
        new Bad("POST", "/auth/token", JSON, "{\"username\": ", 400, "BAD_REQUEST"),
        new Bad("POST", "/auth/token", JSON, "null", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/auth/token", JSON, "{}", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/auth/token", JSON, "{\"username\": \"a\", \"password\": \"b\", \"x\": 1}", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/auth/token", FORM, "grant_type=magic", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/auth/token", FORM, "grant_type=password&username=a&username=b&password=c", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/auth/refresh", JSON, "{}", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/auth/refresh", JSON, "{\"refresh_token\": \"forged\"}", 401, "UNAUTHENTICATED"),
        new Bad("POST", "/auth/revoke", FORM, "", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/users", JSON, "{\"username\": \"1bad\", \"password\": \"Long-Enough-Pass-1\"}", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/users", JSON, "{\"username\": \"shortpass\", \"password\": \"short\"}", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/users", JSON, "{\"username\": \"norole\", \"password\": \"Long-Enough-Pass-1\", "
            + "\"role\": \"no-such-role\"}", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("GET", "/users/no-such-user", null, null, 404, "RESOURCE_DOES_NOT_EXIST"),
        new Bad("POST", "/users/no-such-user/password", JSON, "{}", 404, "RESOURCE_DOES_NOT_EXIST"),
        new Bad("POST", "/users/register", JSON, "{\"username\": \"closed\", \"password\": \"Long-Enough-Pass-1\"}",
            403, "PERMISSION_DENIED"),
        new Bad("POST", "/roles", JSON, "{\"name\": \"Bad Name\", \"permissions\": []}", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/roles", JSON, "{\"name\": \"okrole\", \"permissions\": [\"not a pattern\"]}", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("PUT", "/roles/admin", JSON, "{\"permissions\": [\"*\"]}", 409, "INVALID_STATE"),
        new Bad("PUT", "/roles/viewer", JSON, "{\"name\": \"other\", \"permissions\": []}", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("GET", "/roles/no-such-role", null, null, 404, "RESOURCE_DOES_NOT_EXIST"),
        new Bad("POST", "/groups", JSON, "{}", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("GET", "/groups/no-such-group", null, null, 404, "RESOURCE_DOES_NOT_EXIST"),
        new Bad("POST", "/projects/{project}/members", JSON, "{\"type\": \"robot\", \"id\": \"x\", \"role\": "
            + "\"viewer\"}", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/projects/{project}/members", JSON, "{\"type\": \"user\", \"id\": \"no-such-user\", "
            + "\"role\": \"viewer\"}", 404, "RESOURCE_DOES_NOT_EXIST"),
        new Bad("PUT", "/projects/{project}/members/user/no-such-user", JSON, "{}", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/tokens", JSON, "{\"name\": \"t\", \"expires_in_days\": 0}", 400, "INVALID_PARAMETER_VALUE"),
        new Bad("POST", "/tokens", JSON, "{\"name\": \"t\", \"scopes\": \"not-a-list\"}", 400,
            "INVALID_PARAMETER_VALUE"),
        new Bad("GET", "/audit?from=yesterday", null, null, 400, "INVALID_PARAMETER_VALUE"),
        new Bad("GET", "/audit?max_results=0", null, null, 400, "INVALID_PARAMETER_VALUE"),
        new Bad("GET", "/audit?action=" + "a".repeat(201), null, null, 400, "INVALID_PARAMETER_VALUE"));

    @Test
    public void everyBadRequestGetsItsJsonError() {
        awaitReady();
        HttpResponse<String> project = http().post("/api/v1/projects",
            "{\"name\": \"bad-" + UUID.randomUUID().toString().substring(0, 8) + "\"}");
        assertEquals(project.body(), 201, project.statusCode());
        String projectId = PlatformHttp.json(project.body()).get("id").asText();
        List<String> wrong = new ArrayList<>();
        for (Bad bad : TABLE) {
            HttpRequest.Builder request = http().builder("/api/v1" + bad.path().replace("{project}", projectId));
            if (bad.type() != null) {
                request.header("Content-Type", bad.type());
            }
            request.method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(bad.body()));
            HttpResponse<String> response = http().send(request);
            String code = response.body().startsWith("{")
                ? PlatformHttp.json(response.body()).path("error_code").asText() : "(not JSON)";
            if (response.statusCode() != bad.status() || !bad.code().equals(code)) {
                wrong.add(bad.method() + " " + bad.path() + " " + bad.body() + ": expected " + bad.status() + " "
                    + bad.code() + ", got " + response.statusCode() + " " + response.body());
            }
        }
        assertTrue(String.join("\n", wrong), wrong.isEmpty());
    }
}
