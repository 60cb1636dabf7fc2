package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.http.HttpResponse;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * MLflow's wire quirks that the Java client does not exercise, over raw HTTP: int64 and NaN as strings in both
 * directions, camelCase names, unknown fields, the Content-Type rule, MLflow's statuses and messages, and the
 * X-AIP-Project header.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MlflowWireIT extends MlflowClientSupport {
    private String runId;

    @Before
    public void run() {
        awaitReady();
        String experiment = ok(post("experiments/create", "{\"name\": \"wire-" + Accounts.unique() + "\"}"))
            .get("experiment_id").asText();
        runId = ok(post("runs/create", "{\"experiment_id\": \"" + experiment + "\", \"start_time\": \"1700000000000\"}"))
            .at("/run/info/run_id").asText();
    }

    @Test
    public void int64AndSpecialDoublesTravelAsStringsAndUnknownFieldsAreIgnored() {
        assertEquals("{}", post("runs/log-metric", "{\"run_id\": \"" + runId + "\", \"key\": \"loss\", \"value\": \"NaN\","
            + " \"timestamp\": \"5\", \"step\": \"2\", \"model_id\": \"ignored\", \"somethingNew\": [1]}").body());
        ok(post("runs/log-metric", "{\"runUuid\": \"" + runId + "\", \"key\": \"loss\", \"value\": \"-Infinity\","
            + " \"timestamp\": 6, \"step\": 3}"));
        ok(post("runs/log-metric", "{\"run_id\": \"" + runId + "\", \"key\": \"loss\", \"value\": 0.30000000000000004,"
            + " \"timestamp\": 7}"));
        JsonNode history = ok(get("metrics/get-history?run_id=" + runId + "&metric_key=loss"));
        assertEquals("[{\"key\":\"loss\",\"value\":\"NaN\",\"timestamp\":5,\"step\":2},"
            + "{\"key\":\"loss\",\"value\":\"-Infinity\",\"timestamp\":6,\"step\":3},"
            + "{\"key\":\"loss\",\"value\":0.30000000000000004,\"timestamp\":7,\"step\":0}]",
            history.get("metrics").toString());
        assertFalse(history.has("next_page_token"));
        JsonNode info = ok(get("runs/get?run_uuid=" + runId)).at("/run/info");
        assertEquals(1_700_000_000_000L, info.get("start_time").asLong());
        assertEquals(runId, info.get("run_uuid").asText());
    }

    @Test
    public void historiesComeInOnePageUpTo25000AskedAndArePagedBeyond() {
        for (int batch = 0; batch < 26; batch++) {
            StringBuilder metrics = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                int step = batch * 1000 + i;
                metrics.append(i == 0 ? "" : ",").append("{\"key\": \"long\", \"value\": ").append(step)
                    .append(", \"timestamp\": \"").append(step).append("\", \"step\": \"").append(step).append("\"}");
            }
            ok(post("runs/log-batch", "{\"run_id\": \"" + runId + "\", \"metrics\": [" + metrics + "]}"));
        }
        String history = "metrics/get-history?run_id=" + runId + "&metric_key=long&max_results=";
        JsonNode whole = ok(get(history + "25000"));  // what the Java client always asks: all of it, no token
        assertEquals(26_000, whole.get("metrics").size());
        assertFalse(whole.has("next_page_token"));
        JsonNode first = ok(get(history + "25001"));
        assertEquals(25_001, first.get("metrics").size());
        JsonNode rest = ok(get(history + "25001&page_token=" + first.get("next_page_token").asText()));
        assertEquals(999, rest.get("metrics").size());
        assertEquals(25_001, rest.at("/metrics/0/step").asLong());
        assertEquals(25_999, rest.at("/metrics/998/value").asLong());
        assertFalse(rest.has("next_page_token"));
    }

    @Test
    public void bodiesMustBeJsonAndRequiredFieldsPresent() {
        String body = "{\"run_id\": \"" + runId + "\", \"key\": \"k\", \"value\": \"v\"}";
        HttpResponse<String> text = post("runs/set-tag", body, "text/plain");
        assertError(400, "INVALID_PARAMETER_VALUE", text);
        assertEquals("Bad Request. Content-Type must be one of ['application/json'].",
            PlatformHttp.json(text.body()).get("message").asText());
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/set-tag", body, null));
        assertEquals("{}", post("runs/set-tag", body, "application/json; charset=utf-8").body());

        HttpResponse<String> noTimestamp = post("runs/log-metric",
            "{\"run_id\": \"" + runId + "\", \"key\": \"m\", \"value\": 1}");
        assertError(400, "INVALID_PARAMETER_VALUE", noTimestamp);
        assertEquals("Missing value for required parameter 'timestamp'.",
            PlatformHttp.json(noTimestamp.body()).get("message").asText());
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/log-metric",
            "{\"run_id\": \"" + runId + "\", \"key\": \"m\", \"value\": 1, \"timestamp\": \"NaN\"}"));
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/log-metric",
            "{\"run_id\": \"" + runId + "\", \"key\": \"../etc\", \"value\": 1, \"timestamp\": 1}"));
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/log-batch", "[]"));
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/log-batch", "{\"run_id\": "));
        assertEquals(0, ok(get("runs/get?run_id=" + runId)).at("/run/data/metrics").size());
        assertError(404, "ENDPOINT_NOT_FOUND", get("no-such-endpoint"));
    }

    @Test
    public void theProjectHeaderChoosesWhereExperimentsLiveAndExperimentZeroIsPerProject() {
        String name = "mlflow-p-" + Accounts.unique();
        String projectId = PlatformHttp.json(raw().post("/api/v1/projects", "{\"name\": \"" + name + "\"}").body())
            .get("id").asText();
        HttpResponse<String> created = raw().send(raw().builder(API + "experiments/create")
            .header("Content-Type", "application/json").header("X-AIP-Project", name)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"in-project\"}")));
        String experimentId = ok(created).get("experiment_id").asText();
        // the native API shows it in that project; a read by id needs no header
        assertEquals(projectId, PlatformHttp.json(raw().get("/api/v1/experiments/" + experimentId).body())
            .get("project_id").asText());
        assertEquals("in-project", ok(get("experiments/get?experiment_id=" + experimentId)).at("/experiment/name")
            .asText());
        // not found by name outside its project
        assertError(404, "RESOURCE_DOES_NOT_EXIST", get("experiments/get-by-name?experiment_name=in-project"));
        // "0" is the Default experiment of the request's project: a run made there lands in that project
        HttpResponse<String> run = raw().send(raw().builder(API + "runs/create")
            .header("Content-Type", "application/json").header("X-AIP-Project", projectId)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"experiment_id\": \"0\"}")));
        assertEquals("0", ok(run).at("/run/info/experiment_id").asText());
        String nativeExperiment = PlatformHttp.json(raw().get("/api/v1/runs/" + ok(run).at("/run/info/run_id")
            .asText()).body()).at("/info/experiment_id").asText();
        JsonNode zero = PlatformHttp.json(raw().get("/api/v1/experiments/" + nativeExperiment).body());
        assertEquals(projectId, zero.get("project_id").asText());
        assertEquals("Default", zero.get("name").asText());
        String defaultHere = ok(get("experiments/get-by-name?experiment_name=Default")).at("/experiment/experiment_id")
            .asText();
        assertEquals("0", defaultHere);
        assertError(404, "RESOURCE_DOES_NOT_EXIST", raw().send(raw().builder(API + "experiments/get?experiment_id=0")
            .header("X-AIP-Project", "no-such-project-" + Accounts.unique()).GET()));
    }

    @Test
    public void anExistingNameIs400AndUnknownIdsAre404() {
        String name = "dup-" + Accounts.unique();
        ok(post("experiments/create", "{\"name\": \"" + name + "\"}"));
        assertError(400, "RESOURCE_ALREADY_EXISTS", post("experiments/create", "{\"name\": \"" + name + "\"}"));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", get("experiments/get?experiment_id=987654321"));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", get("runs/get?run_id=" + "f".repeat(32)));
        assertError(400, "INVALID_PARAMETER_VALUE", get("runs/get"));
        assertError(400, "INVALID_PARAMETER_VALUE", get("metrics/get-history?run_id=" + runId
            + "&metric_key=loss&page_token=bogus"));
    }
}
