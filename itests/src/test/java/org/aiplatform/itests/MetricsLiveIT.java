package org.aiplatform.itests;

import static org.aiplatform.itests.Responses.created;
import static org.aiplatform.itests.Responses.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Metrics beyond plain histories, over real HTTP: downsampled histories, the live Server-Sent Events stream while
 * another request logs, and the events and audit entries of experiment and run changes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsLiveIT extends PlatformTestSupport {
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private String project;
    private String experiment;
    private String runId;

    @Before
    public void run() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/aiplatform/tracking/*");
        bundleContext.registerService(EventHandler.class, events::add, props);
        awaitReady();
        project = created(http().post("/api/v1/projects",
            "{\"name\": \"m-" + UUID.randomUUID().toString().substring(0, 8) + "\"}")).get("id").asText();
        experiment = created(http().post("/api/v1/projects/" + project + "/experiments", "{\"name\": \"live\"}"))
            .get("id").asText();
        runId = created(http().post("/api/v1/experiments/" + experiment + "/runs", "{\"name\": \"r\"}"))
            .get("id").asText();
    }

    @Test
    public void historiesAreDownsampledOnTheServerWithEpochsAndSpikes() {
        StringBuilder points = new StringBuilder();
        for (int step = 0; step < 1000; step++) {
            double value = step == 617 ? 99 : 1.0 / (step + 1);
            points.append(points.length() == 0 ? "" : ", ").append(point("loss", value, step));
        }
        logBatch("{\"metrics\": [" + points + "]}");
        logBatch("{\"metrics\": [" + point("epoch", 2, 617) + "]}");
        String path = "/api/v1/runs/" + runId + "/metrics/loss?max_points=100";

        JsonNode minMax = PlatformHttp.json(ok(http().get(path + "&method=minmax")).body());
        assertTrue(minMax.size() <= 100 && minMax.size() >= 50);
        JsonNode spike = find(minMax, 617);
        assertEquals(99, spike.get("value").asDouble(), 0);
        assertEquals(2, spike.get("epoch").asDouble(), 0);
        assertTrue("no epoch where none was logged", !minMax.get(0).has("epoch"));

        JsonNode lttb = PlatformHttp.json(ok(http().get(path + "&method=lttb")).body());
        assertEquals(100, lttb.size());
        assertEquals(0, lttb.get(0).get("step").asLong());
        assertEquals(999, lttb.get(99).get("step").asLong());
        assertEquals(99, find(lttb, 617).get("value").asDouble(), 0);

        for (String bad : List.of("max_points=10&method=median", "max_points=1", "max_points=100001")) {
            HttpResponse<String> refused = http().get("/api/v1/runs/" + runId + "/metrics/loss?" + bad);
            assertEquals(refused.body(), 400, refused.statusCode());
            assertEquals("INVALID_PARAMETER_VALUE", PlatformHttp.json(refused.body()).get("error_code").asText());
        }
    }

    @Test
    public void theStreamDeliversBatchesAsTheyCommit() throws Exception {
        HttpRequest request = http().builder("/api/v1/runs/" + runId + "/metric-stream?max_seconds=60")
            .header("Accept", "text/event-stream").header("Authorization", "Bearer " + ADMIN_TOKEN).GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
            HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
            StandardCharsets.UTF_8))) {
            assertEquals("open", nextEvent(lines).get(0));
            logBatch("{\"metrics\": [" + point("acc", 0.5, 1) + ", " + point("acc", 0.75, 2) + "]}");
            List<String> event = nextEvent(lines);
            assertEquals("metrics", event.get(0));
            JsonNode batch = PlatformHttp.json(event.get(1));
            assertEquals(2, batch.get("points").size());
            assertEquals("acc", batch.at("/points/1/key").asText());
            assertEquals(0.75, batch.at("/points/1/value").asDouble(), 0);
            assertEquals(2, batch.at("/points/1/step").asLong());
        }
        // the client left: logging goes on undisturbed
        logBatch("{\"metrics\": [" + point("acc", 0.8, 3) + "]}");

        HttpResponse<String> unknown = http().get("/api/v1/runs/" + "0".repeat(32) + "/metric-stream");
        assertEquals(unknown.body(), 404, unknown.statusCode());
        HttpResponse<String> anonymous = http().withAuthorization(null)
            .get("/api/v1/runs/" + runId + "/metric-stream");
        assertEquals(anonymous.body(), 401, anonymous.statusCode());
    }

    @Test
    public void changesPostEventsAfterCommitAndAreAudited() throws Exception {
        assertEquals(200, http().patch("/api/v1/runs/" + runId, "{\"status\": \"FINISHED\"}").statusCode());
        assertEquals(200, http().delete("/api/v1/runs/" + runId).statusCode());
        assertEquals(200, http().post("/api/v1/runs/" + runId + "/restore", "").statusCode());
        assertEquals(200, http().delete("/api/v1/experiments/" + experiment).statusCode());

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Event e = events.poll(30, TimeUnit.SECONDS);
            assertTrue("event " + i + " after " + seen, e != null);
            seen.add(e.getTopic() + " " + e.getProperty("id"));
            assertEquals(project, e.getProperty("project_id"));
        }
        assertEquals(List.of(
            "org/aiplatform/tracking/experiment/CREATED " + experiment,
            "org/aiplatform/tracking/run/CREATED " + runId,
            "org/aiplatform/tracking/run/UPDATED " + runId,
            "org/aiplatform/tracking/run/DELETED " + runId,
            "org/aiplatform/tracking/run/RESTORED " + runId,
            "org/aiplatform/tracking/experiment/DELETED " + experiment), seen);

        JsonNode audited = PlatformHttp.json(ok(http().get("/api/v1/audit?target_id=" + runId)).body())
            .get("items");
        List<String> actions = new ArrayList<>();
        audited.forEach(a -> actions.add(a.get("action").asText()));
        assertTrue(actions.toString(), actions.containsAll(List.of("tracking.run.created", "tracking.run.updated",
            "tracking.run.deleted", "tracking.run.restored")));
    }

    private static List<String> nextEvent(BufferedReader lines) throws Exception {
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty() && name != null) {
                return List.of(name, data.toString());
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            }
        }
        throw new AssertionError("the stream ended");
    }

    private static JsonNode find(JsonNode points, long step) {
        for (JsonNode p : points) {
            if (p.get("step").asLong() == step) {
                return p;
            }
        }
        throw new AssertionError("no step " + step + " in " + points);
    }

    private void logBatch(String body) {
        HttpResponse<String> logged = http().post("/api/v1/runs/" + runId + "/log-batch", body);
        assertEquals(logged.body(), 204, logged.statusCode());
    }

    private static String point(String key, double value, long step) {
        return "{\"key\": \"" + key + "\", \"value\": " + value + ", \"timestamp\": " + (1000 + step)
            + ", \"step\": " + step + "}";
    }
}
