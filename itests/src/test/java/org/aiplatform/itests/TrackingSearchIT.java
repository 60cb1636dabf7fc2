package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Run search (with OR and parentheses), experiment search and run comparison over the native REST API. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrackingSearchIT extends PlatformTestSupport {
    private String project;
    private String experiment;
    /** Run id by name. */
    private final Map<String, String> runs = new LinkedHashMap<>();

    @Before
    public void sweep() {
        awaitReady();
        project = ok(http().post("/api/v1/projects", "{\"name\": \"s-" + UUID.randomUUID().toString().substring(0, 8)
            + "\"}"), 201).get("id").asText();
        experiment = ok(http().post("/api/v1/projects/" + project + "/experiments",
            "{\"name\": \"lr-sweep\", \"tags\": {\"owner\": \"alice\"}}"), 201).get("id").asText();
        run("adam-1", 0.20, "adam", "cv");
        run("adam-2", 0.35, "adam", "nlp");
        run("sgd-1", 0.60, "sgd", "cv");
        run("sgd-2", 0.45, "sgd", "nlp");
    }

    private void run(String name, double loss, String optimizer, String team) {
        String id = ok(http().post("/api/v1/experiments/" + experiment + "/runs", "{\"name\": \"" + name
            + "\", \"start_time\": " + (1000 + runs.size()) + "}"), 201).get("id").asText();
        HttpResponse<String> logged = http().post("/api/v1/runs/" + id + "/log-batch", "{\"metrics\": [{\"key\":"
            + " \"loss\", \"value\": " + loss + ", \"timestamp\": 1, \"step\": 3}], \"params\": {\"optimizer\": \""
            + optimizer + "\"}, \"tags\": {\"team\": \"" + team + "\"}}");
        assertEquals(logged.body(), 204, logged.statusCode());
        runs.put(name, id);
    }

    @Test
    public void orAndParenthesesFindRunsWithWhatTheyLogged() {
        JsonNode page = search("(params.optimizer = 'sgd' OR tags.team = 'cv') AND metrics.loss < 0.5",
            "[\"metrics.loss\"]", 10, null);
        assertEquals(List.of("adam-1", "sgd-2"), names(page));
        assertEquals("sgd", page.at("/items/1/params/optimizer").asText());
        assertEquals("nlp", page.at("/items/1/tags/team").asText());
        assertEquals(0.45, page.at("/items/1/latest_metrics/0/value").asDouble(), 0.0);
        assertTrue(page.path("next_page_token").isMissingNode() || page.get("next_page_token").isNull());

        // AND binds tighter than OR
        assertEquals(List.of("sgd-1", "sgd-2", "adam-1"), names(search("params.optimizer = 'sgd' OR tags.team = 'cv'"
            + " AND metrics.loss < 0.5", "[\"metrics.loss DESC\"]", 10, null)));
    }

    @Test
    public void pagesFollowTheirTokens() {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = search(null, "[\"params.optimizer\", \"attributes.run_name DESC\"]", 3, token);
            seen.addAll(names(page));
            token = page.path("next_page_token").isTextual() ? page.get("next_page_token").asText() : null;
        } while (token != null);
        assertEquals(List.of("adam-2", "adam-1", "sgd-2", "sgd-1"), seen);
    }

    @Test
    public void badFiltersAreJsonErrorsThatSayWhere() {
        HttpResponse<String> bad = http().post("/api/v1/runs/search", "{\"experiment_ids\": [\"" + experiment
            + "\"], \"filter\": \"metrics.loss < 0.5 OR (params.lr = '1'\"}");
        assertEquals(bad.body(), 400, bad.statusCode());
        JsonNode error = PlatformHttp.json(bad.body());
        assertEquals("INVALID_PARAMETER_VALUE", error.get("error_code").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("position 39"));
        HttpResponse<String> typed = http().post("/api/v1/runs/search", "{\"experiment_ids\": [\"" + experiment
            + "\"], \"filter\": \"params.optimizer < 3\"}");
        assertEquals(typed.body(), 400, typed.statusCode());
        HttpResponse<String> none = http().post("/api/v1/runs/search", "{\"filter\": \"metrics.loss < 1\"}");
        assertEquals(none.body(), 400, none.statusCode());
        HttpResponse<String> unknown = http().post("/api/v1/runs/search", "{\"experiment_ids\": [\"987654321\"]}");
        assertEquals(unknown.body(), 404, unknown.statusCode());
    }

    @Test
    public void runsCompareSideBySide() {
        JsonNode table = ok(http().post("/api/v1/runs/compare", "{\"run_ids\": [\"" + runs.get("sgd-1") + "\", \""
            + runs.get("adam-1") + "\"], \"metric_keys\": [\"loss\", \"acc\"]}"), 200);
        assertEquals("[\"loss\",\"acc\"]", table.get("metric_keys").toString());
        assertEquals("[\"optimizer\"]", table.get("param_keys").toString());
        assertEquals("sgd-1", table.at("/runs/0/run_name").asText());
        assertEquals(0.6, table.at("/runs/0/metrics/loss").asDouble(), 0.0);
        assertTrue(table.at("/runs/0/metrics/acc").isMissingNode()); // an empty cell is left out
        assertEquals("adam", table.at("/runs/1/params/optimizer").asText());
        HttpResponse<String> unknown = http().post("/api/v1/runs/compare", "{\"run_ids\": [\"" + "0".repeat(32)
            + "\"]}");
        assertEquals(unknown.body(), 404, unknown.statusCode());
        HttpResponse<String> empty = http().post("/api/v1/runs/compare", "{\"run_ids\": []}");
        assertEquals(empty.body(), 400, empty.statusCode());
    }

    @Test
    public void experimentsAreSearchedWithinTheProject() {
        ok(http().post("/api/v1/projects/" + project + "/experiments", "{\"name\": \"other\"}"), 201);
        JsonNode found = ok(http().post("/api/v1/projects/" + project + "/experiments/search",
            "{\"filter\": \"name LIKE 'lr-%' OR tags.owner = 'nobody'\", \"order_by\": [\"name\"]}"), 200);
        assertEquals(1, found.get("items").size());
        assertEquals(experiment, found.at("/items/0/id").asText());
        assertEquals("alice", found.at("/items/0/tags/owner").asText());
        HttpResponse<String> bad = http().post("/api/v1/projects/" + project + "/experiments/search",
            "{\"filter\": \"metrics.loss < 1\"}");
        assertEquals(bad.body(), 400, bad.statusCode());
        assertFalse(bad.body().contains("Exception"));
    }

    private JsonNode search(String filter, String orderBy, int maxResults, String token) {
        return ok(http().post("/api/v1/runs/search", "{\"experiment_ids\": [\"" + experiment + "\"]"
            + (filter == null ? "" : ", \"filter\": \"" + filter + "\"") + ", \"order_by\": " + orderBy
            + ", \"max_results\": " + maxResults + (token == null ? "" : ", \"page_token\": \"" + token + "\"")
            + "}"), 200);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(run -> names.add(run.at("/info/name").asText()));
        return names;
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return PlatformHttp.json(response.body());
    }
}
