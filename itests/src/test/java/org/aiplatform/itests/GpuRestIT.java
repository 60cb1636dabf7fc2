package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.aiplatform.sdk.testkit.Waiting;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The distribution sampling the fake NVML: status, history, alerts, the SSE stream and /metrics over real HTTP. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GpuRestIT extends PlatformTestSupport {

    @Override
    @Configuration
    public Option[] config() {
        return platform(FakeGpus.options());
    }

    @Before
    public void sampling() {
        awaitReady();
        Waiting.untilPasses(Duration.ofSeconds(60), () -> assertEquals(8, status().get("gpus").size()));
    }

    private JsonNode status() {
        return PlatformHttp.json(ok(http().get("/api/v1/gpu/status")).body());
    }

    @Test
    public void statusReportsEveryFakeGpuInItsUnits() {
        JsonNode status = status();
        assertTrue(status.get("available").asBoolean());
        assertEquals("it-node", status.get("hostname").asText());
        assertEquals("550.54.15", status.get("driver_version").asText());
        assertEquals("12.4", status.get("cuda_version").asText());
        JsonNode gpu3 = status.get("gpus").get(3);
        assertEquals(3, gpu3.get("index").asInt());
        assertEquals("NVIDIA H100 80GB HBM3", gpu3.get("name").asText());
        assertEquals(43, gpu3.get("temperature_celsius").asInt());
        assertEquals(175.0, gpu3.get("power_watts").asDouble(), 0.0);
        assertEquals(4L << 30, gpu3.get("memory_used_bytes").asLong());
        assertEquals("[]", ok(http().get("/api/v1/gpu/processes")).body());
    }

    @Test
    public void historyFillsSecondBySecond() {
        JsonNode points = Waiting.forValue(Duration.ofSeconds(30), () -> {
            JsonNode history = PlatformHttp.json(ok(http().get("/api/v1/gpu/5/history?step=60000")).body());
            return history.size() > 0 && history.get(history.size() - 1).get("samples").asLong() >= 2 ? history : null;
        });
        JsonNode last = points.get(points.size() - 1);
        assertEquals(45.0, last.at("/temperature_celsius/max").asDouble(), 0.0);
        assertEquals(45.0, last.at("/temperature_celsius/avg").asDouble(), 0.0);
        HttpResponse<String> bad = http().get("/api/v1/gpu/5/history?from=soon");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertEquals("INVALID_PARAMETER_VALUE", PlatformHttp.json(bad.body()).get("error_code").asText());
        assertEquals(404, http().get("/api/v1/gpu/8/history").statusCode());
    }

    @Test
    public void theRuleFiresOnTheHotGpusAndAlertsAreAcknowledgedAndResolved() {
        JsonNode alerts = Waiting.forValue(Duration.ofSeconds(30), () -> {
            JsonNode all = PlatformHttp.json(ok(http().get("/api/v1/gpu/alerts?state=firing")).body());
            return all.size() >= 2 ? all : null;
        });
        assertEquals("warm", alerts.get(0).get("rule").asText());
        List<Integer> gpus = List.of(alerts.get(1).get("gpu_index").asInt(), alerts.get(0).get("gpu_index").asInt());
        assertTrue(gpus.toString(), gpus.containsAll(List.of(6, 7)));
        String id = alerts.get(0).get("id").asText();
        JsonNode acked = PlatformHttp.json(ok(http().post("/api/v1/gpu/alerts/" + id + "/acknowledge", "")).body());
        assertEquals("ACKNOWLEDGED", acked.get("state").asText());
        assertEquals(ADMIN, acked.get("acknowledged_by").asText());
        JsonNode resolved = PlatformHttp.json(ok(http().post("/api/v1/gpu/alerts/" + id + "/resolve", "")).body());
        assertEquals("RESOLVED", resolved.get("state").asText());
        assertEquals(404, http().post("/api/v1/gpu/alerts/999999/resolve", "").statusCode());
        assertEquals(400, http().get("/api/v1/gpu/alerts?state=burning").statusCode());
    }

    @Test
    public void theStreamDeliversSamplesAsServerSentEvents() throws Exception {
        HttpRequest request = http().builder("/api/v1/gpu/stream?max_events=2")
            .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> data = response.body().lines().filter(l -> l.startsWith("data:")).toList();
        assertEquals(response.body(), 2, data.size());
        assertEquals(2, response.body().lines().filter(l -> l.equals("event: sample")).count());
        JsonNode event = PlatformHttp.json(data.get(0).substring(5).trim());
        assertEquals(8, event.get("gpus").size());
        assertEquals(47, event.at("/gpus/7/temperature_celsius").asInt());
        assertEquals(401, http().withAuthorization(null).get("/api/v1/gpu/stream?max_events=1").statusCode());
    }

    @Test
    public void metricsAreDcgmNamedPrometheusTextBehindABearerToken() throws Exception {
        assertEquals(401, http().withAuthorization(null).get("/metrics/").statusCode());
        HttpResponse<String> scrape = ok(http().get("/metrics/")); // /metrics answers 302 to it (the context root)
        assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        Map<String, MetricFamily> families = new HashMap<>();
        TextPrometheusMetricDataParser parser = new TextPrometheusMetricDataParser(
            new ByteArrayInputStream(scrape.body().getBytes(StandardCharsets.UTF_8)));
        for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
            families.put(family.getName(), family);
        }
        Gauge temp = (Gauge) families.get("DCGM_FI_DEV_GPU_TEMP").getMetrics().get(2);
        assertEquals(42.0, temp.getValue(), 0.0);
        assertEquals("2", temp.getLabels().get("gpu"));
        assertEquals("it-node", temp.getLabels().get("Hostname"));
        assertEquals("NVIDIA H100 80GB HBM3", temp.getLabels().get("modelName"));
        assertFalse(temp.getLabels().get("UUID").isEmpty());
        assertEquals(3072.0, ((Gauge) families.get("DCGM_FI_DEV_FB_USED").getMetrics().get(2)).getValue(), 0.0);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return response;
    }
}
