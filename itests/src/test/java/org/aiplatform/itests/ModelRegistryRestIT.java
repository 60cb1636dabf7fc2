package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.Waiting;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The native model registry end to end: a run with its dataset inputs, a model, versions from that run, stage
 * transitions that archive, an alias that moves, the lineage back to the run and its datasets, the events, and the
 * JSON errors of bad input (which change nothing).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModelRegistryRestIT extends PlatformTestSupport {
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private ServiceRegistration<EventHandler> listener;
    private String project;
    private String runId;

    @Before
    public void run() {
        awaitReady();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "org/aiplatform/tracking/model/*");
        listener = bundleContext.registerService(EventHandler.class, events::add, topics);
        project = created(http().post("/api/v1/projects", "{\"name\": \"reg-" + unique() + "\"}")).get("id").asText();
        String experiment = created(http().post("/api/v1/projects/" + project + "/experiments",
            "{\"name\": \"train\"}")).get("id").asText();
        runId = created(http().post("/api/v1/experiments/" + experiment + "/runs", "{\"name\": \"fit\"}"))
            .get("id").asText();
        assertEquals(204, http().post("/api/v1/runs/" + runId + "/log-batch", "{\"params\": {\"lr\": \"0.01\"},"
            + " \"metrics\": [{\"key\": \"auc\", \"value\": 0.91, \"timestamp\": 5, \"step\": 3}]}").statusCode());
    }

    @After
    public void unregister() {
        listener.unregister();
    }

    @Test
    public void aVersionFromARunCarriesItsLineageThroughStagesAndAliases() {
        String inputs = "{\"datasets\": [{\"name\": \"reviews\", \"digest\": \"d1\", \"source_type\": \"aiplatform\","
            + " \"source\": \"aip://datasets/7/v3\", \"dataset_version_id\": \"dsv-7-3\", \"context\": \"training\"},"
            + " {\"name\": \"reviews\", \"digest\": \"d1\", \"source_type\": \"aiplatform\","
            + " \"source\": \"aip://datasets/7/v3\", \"context\": \"eval\"}]}";
        assertEquals(2, ok(http().post("/api/v1/runs/" + runId + "/inputs", inputs)).size());
        assertEquals(2, ok(http().post("/api/v1/runs/" + runId + "/inputs", inputs)).size()); // recorded once
        assertEquals("dsv-7-3", ok(http().get("/api/v1/runs/" + runId + "/inputs")).at("/0/dataset/dataset_version_id")
            .asText());

        String model = created(http().post("/api/v1/projects/" + project + "/models",
            "{\"name\": \"Churn\", \"description\": \"who leaves\", \"tags\": {\"team\": \"growth\"}}")).get("id").asText();
        HttpResponse<String> taken = http().post("/api/v1/projects/" + project + "/models", "{\"name\": \"CHURN\"}");
        assertError(taken, 409, "RESOURCE_ALREADY_EXISTS");
        assertEquals("Churn", ok(http().get("/api/v1/projects/" + project + "/models?q=hur")).at("/items/0/name")
            .asText());

        String versions = "/api/v1/models/" + model + "/versions";
        HttpResponse<String> first = http().post(versions, "{\"source\": \"mlflow-artifacts:/1/" + runId
            + "/artifacts/model\", \"run_id\": \"" + runId + "\", \"tags\": {\"framework\": \"djl\"}}");
        assertEquals(first.body(), 201, first.statusCode());
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith(versions + "/1"));
        assertEquals("NONE", PlatformHttp.json(first.body()).get("stage").asText());
        assertEquals(2, created(http().post(versions, "{\"source\": \"s3://b/m2\", \"run_id\": \"" + runId + "\"}"))
            .get("version").asInt());

        assertEquals("PRODUCTION", ok(patch(versions + "/1", "{\"stage\": \"Production\"}")).get("stage").asText());
        assertEquals("PRODUCTION", ok(patch(versions + "/2", "{\"stage\": \"production\","
            + " \"archive_existing_versions\": true, \"description\": \"better\"}")).get("stage").asText());
        assertEquals("ARCHIVED", ok(http().get(versions + "/1")).get("stage").asText());

        assertEquals(1, ok(put("/api/v1/models/" + model + "/aliases/champion", "{\"version\": 1}"))
            .get("version").asInt());
        assertEquals("[\"champion\"]", ok(put("/api/v1/models/" + model + "/aliases/champion", "{\"version\": 2}"))
            .get("aliases").toString());
        assertEquals(2, ok(http().get("/api/v1/models/" + model + "/aliases/champion")).get("version").asInt());
        assertEquals("{\"champion\":2}", ok(http().get("/api/v1/models/" + model)).get("aliases").toString());

        JsonNode lineage = ok(http().get(versions + "/1/lineage"));
        assertEquals(runId, lineage.at("/run/info/id").asText());
        assertEquals("0.01", lineage.at("/run/params/lr").asText());
        assertEquals(0.91, lineage.at("/run/latest_metrics/0/value").asDouble(), 0.0);
        assertEquals("training", lineage.at("/inputs/0/dataset/context").asText());
        assertEquals("eval", lineage.at("/inputs/1/dataset/context").asText());

        Waiting.untilPasses(Duration.ofSeconds(30), () -> assertEquals(List.of("CREATED", "VERSION_CREATED",
            "VERSION_CREATED", "STAGE_CHANGED", "STAGE_CHANGED", "ALIAS_CHANGED", "ALIAS_CHANGED"), events.stream()
            .filter(e -> model.equals(e.getProperty("model_id")))
            .map(e -> e.getTopic().substring(e.getTopic().lastIndexOf('/') + 1)).toList()));
    }

    @Test
    public void badInputIsAJsonErrorAndChangesNothing() {
        String model = created(http().post("/api/v1/projects/" + project + "/models", "{\"name\": \"m-" + unique()
            + "\"}")).get("id").asText();
        String versions = "/api/v1/models/" + model + "/versions";
        String other = created(http().post("/api/v1/projects", "{\"name\": \"reg-" + unique() + "\"}"))
            .get("id").asText();
        String otherExperiment = created(http().post("/api/v1/projects/" + other + "/experiments",
            "{\"name\": \"x\"}")).get("id").asText();
        String elsewhere = created(http().post("/api/v1/experiments/" + otherExperiment + "/runs", "{}"))
            .get("id").asText();

        assertError(http().post(versions, "{\"source\": \"s3://x\", \"run_id\": \"" + elsewhere + "\"}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertError(http().post(versions, "{\"run_id\": \"" + runId + "\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().post(versions, "{\"source\": \"s3://x\", \"bogus\": 1}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().get(versions + "/abc"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http().get(versions + "/1"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http().get("/api/v1/models/999999"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertEquals(0, ok(http().get(versions)).get("items").size());

        created(http().post(versions, "{\"source\": \"s3://x\"}"));
        assertError(patch(versions + "/1", "{\"stage\": \"Bogus\", \"description\": \"lost\"}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertError(patch(versions + "/1", "{\"stage\": \"Archived\", \"archive_existing_versions\": true}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertError(put("/api/v1/models/" + model + "/aliases/latest", "{\"version\": 1}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertError(put("/api/v1/models/" + model + "/aliases/ok", "{\"version\": 7}"), 404,
            "RESOURCE_DOES_NOT_EXIST");
        JsonNode unchanged = ok(http().get(versions + "/1"));
        assertEquals("NONE", unchanged.get("stage").asText());
        assertTrue(unchanged.get("description") == null || unchanged.get("description").isNull());
        assertEquals("{}", ok(http().get("/api/v1/models/" + model)).get("aliases").toString());
        assertError(http().post("/api/v1/runs/" + runId + "/inputs", "{\"datasets\": [{\"name\": \"d\"}]}"), 400,
            "INVALID_PARAMETER_VALUE");
        assertEquals(0, ok(http().get("/api/v1/runs/" + runId + "/inputs")).size());
    }

    private HttpResponse<String> patch(String path, String body) {
        return http().send(http().builder(path).header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String path, String body) {
        return http().send(http().builder(path).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(response.body(), code, PlatformHttp.json(response.body()).get("error_code").asText());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return PlatformHttp.json(response.body());
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return PlatformHttp.json(response.body());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
