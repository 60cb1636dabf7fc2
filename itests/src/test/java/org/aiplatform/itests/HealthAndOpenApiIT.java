package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** Health, the OpenAPI document and Swagger UI answer without credentials and describe the running platform. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthAndOpenApiIT extends PlatformTestSupport {

    @Before
    public void ready() {
        awaitReady();
    }

    @Test
    public void healthReportsEveryCheckAndBundle() {
        HttpResponse<String> response = http().withAuthorization(null).get("/api/v1/health");
        assertEquals(200, response.statusCode());
        JsonNode report = PlatformHttp.json(response.body());
        assertTrue(report.get("ready").asBoolean());
        assertEquals("UP", report.get("status").asText());
        for (String check : new String[] {"database", "schemas", "rest"}) {
            assertEquals(check, "UP", find(report.get("checks"), "name", check).get("status").asText());
        }
        assertEquals("version 2", find(report.get("checks"), "name", "schemas").get("data").get("kernel").asText());
        JsonNode kernel = find(report.get("bundles"), "symbolic_name", "org.aiplatform.kernel.impl");
        assertEquals("ACTIVE", kernel.get("state").asText());
        assertEquals(200, http().withAuthorization(null).get("/api/v1/health/live").statusCode());
        assertEquals(200, http().withAuthorization(null).get("/api/v1/health/ready").statusCode());
    }

    @Test
    public void openApiDescribesEveryResourceInSnakeCase() {
        HttpResponse<String> response = http().withAuthorization(null).get("/api/v1/openapi.json");
        assertEquals(200, response.statusCode());
        JsonNode doc = PlatformHttp.json(response.body());
        assertEquals("/api/v1", doc.get("servers").get(0).get("url").asText());
        JsonNode paths = doc.get("paths");
        assertTrue(paths.has("/projects") && paths.has("/projects/{id}") && paths.has("/health"));
        assertTrue(paths.get("/projects").has("post") && paths.get("/projects/{id}").has("patch")
            && paths.get("/projects/{id}").has("delete"));
        JsonNode project = doc.get("components").get("schemas").get("Project").get("properties");
        assertTrue(project.toString(), project.has("created_at") && project.has("updated_at"));
        assertTrue(doc.get("components").get("securitySchemes").has("bearer"));
        assertEquals(0, paths.get("/health").get("get").get("security").size());
    }

    @Test
    public void swaggerUiServesItsPageAndScripts() {
        HttpResponse<String> page = http().withAuthorization(null).get("/swagger-ui/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/api/v1/openapi.json"));
        assertEquals(200, http().withAuthorization(null).get("/swagger-ui/swagger-ui-bundle.js").statusCode());
        assertEquals(200, http().withAuthorization(null).get("/swagger-ui/swagger-ui.css").statusCode());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.get(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
