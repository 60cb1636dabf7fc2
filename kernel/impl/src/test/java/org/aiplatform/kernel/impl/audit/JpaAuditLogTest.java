package org.aiplatform.kernel.impl.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.kernel.api.audit.AuditRecord;
import org.aiplatform.kernel.impl.schema.KernelSchema;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.kernel.impl.testing.KernelUnit;
import org.aiplatform.kernel.impl.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private TestDatabase db;
    private KernelUnit jpa;
    private final MutableClock clock = new MutableClock(T0);
    private JpaAuditLog audit;

    @BeforeEach
    void setUp() {
        db = TestDatabase.derby();
        KernelSchema.migrate(db.dataSource());
        jpa = new KernelUnit(db.dataSource());
        audit = new JpaAuditLog(jpa.transactions(), clock);
        record("alice", "auth.login", null, 0);
        record("alice", "project.create", "p1", 1);
        record("bob", "project.update", "p1", 2);
        record("bob", "project.delete", "p2", 3);
        record("admin", "role.grant", null, 4);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
        db.close();
    }

    @Test
    void newestFirstAcrossPages() {
        List<String> actions = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            Page<AuditRecord> result = audit.search(AuditQuery.all(), page);
            result.items().forEach(r -> actions.add(r.event().action()));
            if (result.nextPageToken() == null) {
                break;
            }
            page = PageRequest.of(2, result.nextPageToken());
        }
        assertEquals(List.of("role.grant", "project.delete", "project.update", "project.create", "auth.login"),
            actions);
    }

    @Test
    void filtersByActorActionPrefixProjectAndTime() {
        assertEquals(List.of("project.delete", "project.update"),
            actions(new AuditQuery("bob", null, null, null, null, null, null)));
        assertEquals(List.of("project.delete", "project.update", "project.create"),
            actions(new AuditQuery(null, "project.*", null, null, null, null, null)));
        assertEquals(List.of("project.update", "project.create"),
            actions(new AuditQuery(null, null, null, null, "p1", null, null)));
        assertEquals(List.of("project.update", "project.create"), actions(new AuditQuery(null, null, null, null,
            null, T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(3)))));
    }

    @Test
    void keepsDetailsWithinTheirColumn() {
        audit.record(AuditEvent.success("carol", "big.details", "x", "1").with(Map.of("a", "x".repeat(3000),
            "b", "y".repeat(3000), "c", "z")));
        AuditRecord stored = audit.search(new AuditQuery("carol", null, null, null, null, null, null),
            PageRequest.first(1)).items().get(0);
        assertTrue(stored.event().details().get("a").length() <= 501);
        assertTrue(AuditDetails.write(stored.event().details()).length() <= AuditDetails.MAX_CHARS);
        assertEquals("true", stored.event().details().getOrDefault("truncated", "true"));
    }

    @Test
    void refusesATokenItDidNotIssue() {
        assertThrows(ApiException.class, () -> audit.search(AuditQuery.all(),
            PageRequest.of(1, PageRequest.encode("not-a-number"))));
    }

    @Test
    void recordsOutcomeAndTime() {
        AuditRecord last = audit.search(AuditQuery.all(), PageRequest.first(1)).items().get(0);
        assertEquals(AuditOutcome.SUCCESS, last.event().outcome());
        assertEquals(T0.plus(Duration.ofMinutes(4)), last.at());
        assertNull(last.event().projectId());
    }

    private List<String> actions(AuditQuery query) {
        return audit.search(query, PageRequest.first(100)).items().stream().map(r -> r.event().action()).toList();
    }

    private void record(String actor, String action, String project, int minute) {
        clock.set(T0.plus(Duration.ofMinutes(minute)));
        AuditEvent event = AuditEvent.success(actor, action, "thing", "t" + minute);
        audit.record(project == null ? event : event.inProject(project));
    }
}
