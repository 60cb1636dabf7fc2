package org.aiplatform.itests;

import static org.aiplatform.itests.Responses.created;
import static org.aiplatform.itests.Responses.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The native tracking API end to end: experiment, run, log-batch, metric history back exact and in order. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrackingRestIT extends PlatformTestSupport {
    private String runId;

    @Before
    public void run() {
        awaitReady();
        String project = created(http().post("/api/v1/projects",
            "{\"name\": \"t-" + UUID.randomUUID().toString().substring(0, 8) + "\"}")).get("id").asText();
        JsonNode made = created(http().post("/api/v1/projects/" + project + "/experiments",
            "{\"name\": \"baseline\", \"tags\": {\"team\": \"vision\"}}"));
        assertEquals("{\"team\":\"vision\"}", made.get("tags").toString());
        String experiment = made.get("id").asText();
        runId = created(http().post("/api/v1/experiments/" + experiment + "/runs", "{\"name\": \"first\"}"))
            .get("id").asText();
        assertTrue(runId, runId.matches("[0-9a-f]{32}"));
    }

    @Test
    public void metricHistoryComesBackExactAndInOrder() {
        // logged out of order, across two batches; read back by step then timestamp
        logBatch("{\"metrics\": [" + point("train/loss", "0.30000000000000004", 20, 2) + ", "
            + point("train/loss", "\"NaN\"", 10, 1) + "]}");
        logBatch("{\"metrics\": [" + point("train/loss", "1e-300", 5, 2) + ", "
            + point("train/loss", "-2.5", 1, 0) + "]}");
        JsonNode history = PlatformHttp.json(ok(http().get("/api/v1/runs/" + runId + "/metrics/train/loss")).body());
        List<String> read = new ArrayList<>();
        history.forEach(p -> read.add(p.get("step").asLong() + "@" + p.get("timestamp").asLong() + "="
            + p.get("value").asText()));
        assertEquals(List.of("0@1=-2.5", "1@10=NaN", "2@5=1.0E-300", "2@20=0.30000000000000004"), read);

        JsonNode run = PlatformHttp.json(ok(http().get("/api/v1/runs/" + runId)).body());
        assertEquals("train/loss", run.at("/latest_metrics/0/key").asText());
        assertEquals(0.30000000000000004, run.at("/latest_metrics/0/value").asDouble(), 0.0);
    }

    @Test
    public void aChangedParamIsRefusedAndTheBatchStoresNothing() {
        logBatch("{\"params\": {\"lr\": \"0.01\"}}");
        logBatch("{\"params\": {\"lr\": \"0.01\"}}"); // the same value again is fine
        HttpResponse<String> refused = http().post("/api/v1/runs/" + runId + "/log-batch",
            "{\"params\": {\"lr\": \"0.02\", \"epochs\": \"3\"}, \"metrics\": [" + point("acc", "0.9", 1, 1) + "]}");
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("INVALID_PARAMETER_VALUE", PlatformHttp.json(refused.body()).get("error_code").asText());

        JsonNode run = PlatformHttp.json(ok(http().get("/api/v1/runs/" + runId)).body());
        assertEquals("{\"lr\":\"0.01\"}", run.get("params").toString());
        assertEquals(0, run.get("latest_metrics").size());
        assertEquals("[]", ok(http().get("/api/v1/runs/" + runId + "/metrics/acc")).body());
    }

    @Test
    public void unknownRunsAndBadBodiesAreJsonErrors() {
        HttpResponse<String> missing = http().get("/api/v1/runs/" + "0".repeat(32));
        assertEquals(missing.body(), 404, missing.statusCode());
        assertEquals("RESOURCE_DOES_NOT_EXIST", PlatformHttp.json(missing.body()).get("error_code").asText());
        HttpResponse<String> noTimestamp = http().post("/api/v1/runs/" + runId + "/log-batch",
            "{\"metrics\": [{\"key\": \"m\", \"value\": 1, \"step\": 0}]}");
        assertEquals(noTimestamp.body(), 400, noTimestamp.statusCode());
    }

    private void logBatch(String body) {
        HttpResponse<String> logged = http().post("/api/v1/runs/" + runId + "/log-batch", body);
        assertEquals(logged.body(), 204, logged.statusCode());
    }

    private static String point(String key, String value, long timestamp, long step) {
        return "{\"key\": \"" + key + "\", \"value\": " + value + ", \"timestamp\": " + timestamp + ", \"step\": "
            + step + "}";
    }
}
