package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.kernel.api.audit.AuditRecord;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** The projects API end to end: create, read, page, change, archive, restore, delete; with events and audit. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProjectsRestIT extends PlatformTestSupport {

    @Inject
    @Filter(timeout = 120_000)
    ProjectService projects;

    @Inject
    @Filter(timeout = 120_000)
    AuditLog audit;

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    @Before
    public void listen() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, ProjectService.TOPIC_PREFIX + "*");
        bundleContext.registerService(EventHandler.class, events::add, props);
        awaitReady();
    }

    @Test
    public void projectLifecycleOverRest() throws Exception {
        String name = "vision-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http().post("/api/v1/projects",
            "{\"name\": \"" + name + "\", \"description\": \"image models\"}");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode project = PlatformHttp.json(created.body());
        String id = project.get("id").asText();
        assertEquals(name, project.get("name").asText());
        assertEquals("ACTIVE", project.get("state").asText());
        assertEquals(ADMIN, project.get("owner").asText());
        assertNotNull(project.get("created_at"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/projects/" + id));
        assertEvent(ProjectService.TOPIC_CREATED, id);

        JsonNode fetched = PlatformHttp.json(http().get("/api/v1/projects/" + id).body());
        assertEquals("image models", fetched.get("description").asText());

        HttpResponse<String> renamed = http().patch("/api/v1/projects/" + id,
            "{\"name\": \"" + name + "-v2\", \"description\": \"\"}");
        assertEquals(renamed.body(), 200, renamed.statusCode());
        assertEquals(name + "-v2", PlatformHttp.json(renamed.body()).get("name").asText());
        assertNull("an empty description clears it", PlatformHttp.json(renamed.body()).get("description"));
        assertEvent(ProjectService.TOPIC_UPDATED, id);

        HttpResponse<String> archived = http().patch("/api/v1/projects/" + id, "{\"state\": \"ARCHIVED\"}");
        assertEquals("ARCHIVED", PlatformHttp.json(archived.body()).get("state").asText());
        assertEvent(ProjectService.TOPIC_ARCHIVED, id);
        HttpResponse<String> editArchived = http().patch("/api/v1/projects/" + id, "{\"description\": \"x\"}");
        assertEquals(editArchived.body(), 409, editArchived.statusCode());
        assertEquals("INVALID_STATE", PlatformHttp.json(editArchived.body()).get("error_code").asText());
        assertFalse("archived projects are not listed by default", listedNames("").contains(name + "-v2"));
        assertTrue(listedNames("&state=archived").contains(name + "-v2"));

        HttpResponse<String> restored = http().patch("/api/v1/projects/" + id, "{\"state\": \"ACTIVE\"}");
        assertEquals("ACTIVE", PlatformHttp.json(restored.body()).get("state").asText());
        assertEvent(ProjectService.TOPIC_RESTORED, id);

        assertEquals(204, http().delete("/api/v1/projects/" + id).statusCode());
        assertEvent(ProjectService.TOPIC_DELETED, id);
        assertEquals(404, http().get("/api/v1/projects/" + id).statusCode());
        assertTrue(projects.find(id).isEmpty());

        List<String> actions = new ArrayList<>();
        for (AuditRecord r : audit.search(new AuditQuery(null, null, "project", id, null, null, null),
            PageRequest.first(10)).items()) {
            actions.add(r.event().action());
            assertEquals(ADMIN, r.event().actor());
        }
        assertEquals(List.of("project.delete", "project.restore", "project.archive", "project.update",
            "project.create"), actions);
    }

    @Test
    public void namesAreUniqueIgnoringCase() {
        String name = "Unique-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, http().post("/api/v1/projects", "{\"name\": \"" + name + "\"}").statusCode());
        HttpResponse<String> again = http().post("/api/v1/projects",
            "{\"name\": \"" + name.toUpperCase() + "\"}");
        assertEquals(again.body(), 409, again.statusCode());
        assertEquals("RESOURCE_ALREADY_EXISTS", PlatformHttp.json(again.body()).get("error_code").asText());
    }

    @Test
    public void listPagesWithTokensInNameOrder() {
        String prefix = "page-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        for (int i = 0; i < 5; i++) {
            assertEquals(201, http().post("/api/v1/projects", "{\"name\": \"" + prefix + i + "\"}").statusCode());
        }
        List<String> seen = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            JsonNode page = PlatformHttp.json(http().get("/api/v1/projects?max_results=2&q=" + prefix
                + (token.isEmpty() ? "" : "&page_token=" + token)).body());
            page.get("items").forEach(p -> seen.add(p.get("name").asText()));
            token = page.has("next_page_token") ? page.get("next_page_token").asText() : "";
            pages++;
        } while (!token.isEmpty());
        assertEquals(List.of(prefix + 0, prefix + 1, prefix + 2, prefix + 3, prefix + 4), seen);
        assertEquals(3, pages);
    }

    private List<String> listedNames(String query) {
        List<String> names = new ArrayList<>();
        PlatformHttp.json(http().get("/api/v1/projects?max_results=1000" + query).body()).get("items")
            .forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    private void assertEvent(String topic, String projectId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(1, TimeUnit.SECONDS);
            if (event != null && event.getTopic().equals(topic)
                && projectId.equals(event.getProperty(ProjectService.PROJECT_ID))) {
                assertEquals(ADMIN, event.getProperty(ProjectService.ACTOR));
                return;
            }
        }
        throw new AssertionError("no " + topic + " event for " + projectId);
    }
}
