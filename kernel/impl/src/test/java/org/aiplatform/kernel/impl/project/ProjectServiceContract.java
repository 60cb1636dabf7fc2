package org.aiplatform.kernel.impl.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.kernel.api.audit.AuditRecord;
import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectChanges;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.project.ProjectState;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.kernel.impl.audit.JpaAuditLogs;
import org.aiplatform.kernel.impl.schema.KernelSchema;
import org.aiplatform.kernel.impl.testing.RecordingEventAdmin;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.kernel.impl.testing.KernelUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the project store guarantees, on every supported database. */
abstract class ProjectServiceContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private TestDatabase db;
    private KernelUnit jpa;
    private RecordingEventAdmin events;
    private org.aiplatform.kernel.api.audit.AuditLog audit;
    private JpaProjectService projects;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        KernelSchema.migrate(db.dataSource());
        jpa = new KernelUnit(db.dataSource());
        events = new RecordingEventAdmin();
        audit = JpaAuditLogs.create(jpa.transactions(), CLOCK);
        projects = new JpaProjectService(jpa.transactions(), audit, events, CLOCK);
    }

    @AfterEach
    void drop() {
        jpa.close();
        db.close();
    }

    @Test
    void createsAndFindsByIdAndByNameIgnoringCase() {
        Project created = projects.create(new NewProject("  Vision 视觉  ", "image models"), "alice");
        assertEquals("Vision 视觉", created.name(), "trimmed");
        assertEquals(32, created.id().length());
        assertEquals(ProjectState.ACTIVE, created.state());
        assertEquals("alice", created.owner());
        assertEquals(CLOCK.instant(), created.createdAt());
        assertEquals(created, projects.get(created.id()));
        assertEquals(created, projects.findByName("VISION 视觉").orElseThrow());
        assertTrue(projects.find("no-such-id").isEmpty());
        assertTrue(projects.find("x".repeat(40)).isEmpty());
        assertEquals(List.of(ProjectService.TOPIC_CREATED), events.topics());
        assertEquals(created.id(), events.events().get(0).getProperty(ProjectService.PROJECT_ID));
        assertEquals("alice", events.events().get(0).getProperty(ProjectService.ACTOR));
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        projects.create(new NewProject("Churn", null), "alice");
        ApiException e = assertThrows(ApiException.class, () -> projects.create(new NewProject("churn", null), "bob"));
        assertEquals(ErrorCode.RESOURCE_ALREADY_EXISTS, e.code());
        assertEquals(1, projects.list(ProjectQuery.everything(), PageRequest.first(10)).items().size());
        assertEquals(1, auditOf(null).size(), "the refused create left no audit entry");
    }

    @Test
    void racingCreatorsOfOneNameGetOneProject() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Project>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Project> create = () -> {
                start.await();
                return projects.create(new NewProject("race", null), "alice");
            };
            results.add(pool.submit(create));
        }
        start.countDown();
        int created = 0;
        for (Future<Project> f : results) {
            try {
                f.get();
                created++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertEquals(ErrorCode.RESOURCE_ALREADY_EXISTS, ((ApiException) e.getCause()).code());
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, projects.list(ProjectQuery.everything(), PageRequest.first(10)).items().size());
    }

    @Test
    void rejectsBadNamesAndDescriptions() {
        for (String bad : new String[] {null, "", "   ", "../x", "-lead", "a/b", "x".repeat(101), "tab\tname"}) {
            ApiException e = assertThrows(ApiException.class, () -> projects.create(new NewProject(bad, null), "a"),
                String.valueOf(bad));
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        }
        assertThrows(ApiException.class, () -> projects.create(new NewProject("ok", "d".repeat(4001)), "a"));
        assertTrue(projects.list(ProjectQuery.everything(), PageRequest.first(10)).items().isEmpty());
        assertTrue(events.events().isEmpty());
    }

    @Test
    void listsInNameOrderWithStablePages() {
        for (String name : new String[] {"delta", "Alpha", "charlie", "bravo", "echo"}) {
            projects.create(new NewProject(name, null), "alice");
        }
        List<String> names = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        int pages = 0;
        while (true) {
            Page<Project> result = projects.list(ProjectQuery.everything(), page);
            result.items().forEach(p -> names.add(p.name()));
            pages++;
            if (result.nextPageToken() == null) {
                break;
            }
            if (pages == 1) {
                projects.create(new NewProject("aardvark", null), "alice"); // lands on a page already read
            }
            page = PageRequest.of(2, result.nextPageToken());
        }
        assertEquals(List.of("Alpha", "bravo", "charlie", "delta", "echo"), names);
        assertEquals(3, pages);
    }

    @Test
    void filtersByStateTextAndScope() {
        Project a = projects.create(new NewProject("team_a-100", null), "alice");
        Project b = projects.create(new NewProject("teamXa-100", null), "alice");
        projects.update(b.id(), ProjectChanges.state(ProjectState.ARCHIVED), "alice");
        assertEquals(List.of(a.id()), ids(new ProjectQuery(ProjectState.ACTIVE, null, ProjectScope.all())));
        assertEquals(List.of(b.id()), ids(new ProjectQuery(ProjectState.ARCHIVED, null, ProjectScope.all())));
        assertEquals(List.of(a.id()), ids(new ProjectQuery(null, "M_A", ProjectScope.all())), "_ is literal");
        assertEquals(List.of(), ids(new ProjectQuery(null, "%", ProjectScope.all())), "% is literal");
        assertEquals(List.of(b.id()), ids(new ProjectQuery(null, null, ProjectScope.of(Set.of(b.id(), "gone")))));
        assertEquals(List.of(), ids(new ProjectQuery(null, null, ProjectScope.none())));
    }

    @Test
    void updatesRenamesDescribesAndClears() {
        Project p = projects.create(new NewProject("old", "desc"), "alice");
        Project renamed = projects.update(p.id(), new ProjectChanges("New", "", null), "bob");
        assertEquals("New", renamed.name());
        assertNull(renamed.description());
        assertEquals(p.createdAt(), renamed.createdAt());
        assertTrue(projects.findByName("new").isPresent());
        assertTrue(projects.findByName("old").isEmpty());
        Project other = projects.create(new NewProject("other", null), "alice");
        assertEquals(ErrorCode.RESOURCE_ALREADY_EXISTS, assertThrows(ApiException.class,
            () -> projects.update(other.id(), new ProjectChanges("NEW", null, null), "bob")).code());
        assertEquals("new", projects.update(p.id(), new ProjectChanges("new", null, null), "bob").name(),
            "changing only the case of its own name is allowed");
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, assertThrows(ApiException.class,
            () -> projects.update(p.id(), new ProjectChanges(null, null, null), "bob")).code());
        assertEquals(ErrorCode.RESOURCE_DOES_NOT_EXIST, assertThrows(ApiException.class,
            () -> projects.update("missing", new ProjectChanges("x", null, null), "bob")).code());
        AuditRecord rename = auditOf(p.id()).get(1);
        assertEquals("project.update", rename.event().action());
        assertEquals("old", rename.event().details().get("name.old"));
        assertEquals("bob", rename.event().actor());
    }

    @Test
    void archivedProjectsAreReadOnlyUntilRestored() {
        Project p = projects.create(new NewProject("frozen", null), "alice");
        assertEquals(ProjectState.ARCHIVED, projects.update(p.id(), ProjectChanges.state(ProjectState.ARCHIVED), "a")
            .state());
        assertEquals(ErrorCode.INVALID_STATE, assertThrows(ApiException.class,
            () -> projects.update(p.id(), new ProjectChanges(null, "x", null), "a")).code());
        int before = events.events().size();
        projects.update(p.id(), ProjectChanges.state(ProjectState.ARCHIVED), "a");
        assertEquals(before, events.events().size(), "archiving again changes nothing");
        Project restored = projects.update(p.id(), new ProjectChanges(null, "back", ProjectState.ACTIVE), "a");
        assertEquals(ProjectState.ACTIVE, restored.state());
        assertEquals("back", restored.description());
        assertEquals(List.of(ProjectService.TOPIC_CREATED, ProjectService.TOPIC_ARCHIVED,
            ProjectService.TOPIC_RESTORED, ProjectService.TOPIC_UPDATED), events.topics());
    }

    @Test
    void deletesWithAuditAndEvent() {
        Project p = projects.create(new NewProject("gone soon", null), "alice");
        projects.delete(p.id(), "admin");
        assertTrue(projects.find(p.id()).isEmpty());
        assertEquals(ErrorCode.RESOURCE_DOES_NOT_EXIST,
            assertThrows(ApiException.class, () -> projects.delete(p.id(), "admin")).code());
        assertEquals(ProjectService.TOPIC_DELETED, events.topics().get(events.topics().size() - 1));
        List<AuditRecord> trail = auditOf(p.id());
        assertEquals(List.of("project.delete", "project.create"), trail.stream().map(r -> r.event().action()).toList());
        assertEquals("gone soon", trail.get(0).event().details().get("name"));
    }

    @Test
    void anAuditFailureRollsTheChangeBack() {
        JpaProjectService failing = new JpaProjectService(jpa.transactions(), new FailingAudit(), events, CLOCK);
        assertThrows(IllegalStateException.class, () -> failing.create(new NewProject("half", null), "alice"));
        assertTrue(projects.findByName("half").isEmpty(), "no project without its audit entry");
        assertTrue(events.events().isEmpty(), "nothing announced");
        assertFalse(auditOf(null).stream().anyMatch(r -> "half".equals(r.event().details().get("name"))));
    }

    private List<String> ids(ProjectQuery query) {
        return projects.list(query, PageRequest.first(100)).items().stream().map(Project::id).toList();
    }

    private List<AuditRecord> auditOf(String projectId) {
        return audit.search(new AuditQuery(null, null, null, null, projectId, null, null), PageRequest.first(100))
            .items();
    }

    /** An audit log whose database write fails. */
    private static final class FailingAudit implements org.aiplatform.kernel.api.audit.AuditLog {
        @Override
        public void record(org.aiplatform.kernel.api.audit.AuditEvent event) {
            throw new IllegalStateException("audit store down");
        }

        @Override
        public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
