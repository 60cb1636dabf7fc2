package org.aiplatform.tracking.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.ExperimentQuery;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.RunDetails;
import org.aiplatform.tracking.api.RunQuery;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What run and experiment search guarantee, on every supported database, over a small realistic sweep. */
abstract class TrackingSearchContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private TestDatabase db;
    private JdbcTrackingService tracking;
    private JdbcTrackingSearch search;
    private Experiment sweep;
    private Experiment other;
    /** Run id by name. */
    private final Map<String, String> runs = new LinkedHashMap<>();

    abstract TestDatabase database();

    @BeforeEach
    void seed() {
        db = database();
        Flyway.configure().dataSource(db.dataSource()).table("tracking_schema_history")
            .locations("classpath:db/migration/common").baselineOnMigrate(true).baselineVersion("0")
            .load().migrate();
        tracking = new JdbcTrackingService(db.dataSource(), CLOCK);
        search = new JdbcTrackingSearch(db.dataSource());
        sweep = tracking.createExperiment("p1", "lr-sweep", null, Map.of("owner", "alice"));
        other = tracking.createExperiment("p1", "other", null, Map.of("owner", "bob"));
        // name, start, loss, acc, optimizer, lr, team
        run(sweep, "adam-1", 100, 0.20, 0.91, "adam", "0.01", "cv");
        run(sweep, "adam-2", 200, 0.35, 0.88, "adam", "0.1", "nlp");
        run(sweep, "sgd-1", 300, 0.60, 0.75, "sgd", "0.01", "cv");
        run(sweep, "sgd-2", 400, 0.45, 0.80, "SGD", "0.1", null);
        run(sweep, "diverged", 500, Double.NaN, 0.10, "sgd", "1.0", "cv");
        run(sweep, "exploded", 600, Double.POSITIVE_INFINITY, 0.05, "sgd", "10", "nlp");
        run(sweep, "perfect", 700, Double.NEGATIVE_INFINITY, 0.99, "adam", "0.001", "cv");
        run(sweep, "no-metrics", 800, null, null, "adam", "0.5", "cv");
        run(other, "elsewhere", 900, 0.10, 0.95, "adam", "0.01", "cv");
        tracking.setRunLifecycle(run(sweep, "trashed", 1000, 0.01, 0.99, "adam", "0.01", "cv"), Lifecycle.DELETED);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private String run(Experiment experiment, String name, long start, Double loss, Double acc, String optimizer,
                       String lr, String team) {
        String id = tracking.createRun(experiment.id(), name, "alice", start, null).id();
        List<MetricPoint> metrics = new ArrayList<>();
        if (loss != null) {
            metrics.add(new MetricPoint("loss", 9.0, start, 0)); // an early value: only the latest one counts
            metrics.add(new MetricPoint("loss", loss, start + 1, 1));
            metrics.add(new MetricPoint("acc", acc, start + 1, 1));
        }
        Map<String, String> tags = team == null ? Map.of() : Map.of("team", team);
        tracking.logBatch(id, new LogBatch(metrics, Map.of("optimizer", optimizer, "lr", lr), tags));
        runs.put(name, id);
        return id;
    }

    /** @return the names of the runs found in the sweep (active ones), in the order returned */
    private List<String> find(String filter, String... orderBy) {
        return names(search.searchRuns(new RunQuery(List.of(sweep.id()), filter, List.of(orderBy), Lifecycle.ACTIVE,
            PageRequest.first(100))));
    }

    private static List<String> names(Page<RunDetails> page) {
        return page.items().stream().map(d -> d.info().name()).toList();
    }

    @Test
    void andOrNotAndParenthesesCombineWithTheUsualPrecedence() {
        assertEquals(List.of("perfect", "adam-2", "adam-1"), find("params.optimizer = 'adam' AND metrics.loss < 0.5"));
        assertEquals(List.of("perfect", "sgd-2", "adam-2", "adam-1"),
            find("metrics.loss < 0.5 OR tags.team = 'nlp' AND params.lr = '0.1'"));
        assertEquals(List.of("perfect", "adam-2", "adam-1"),
            find("(metrics.loss < 0.5 OR tags.team = 'nlp') AND params.optimizer = 'adam'"));
        assertEquals(List.of("sgd-2", "sgd-1"),
            find("NOT (params.optimizer = 'adam' OR tags.team = 'nlp') AND metrics.acc > 0.5"));
        // the default order: latest start first
        assertEquals(List.of("no-metrics", "perfect", "exploded", "diverged", "sgd-2", "sgd-1", "adam-2", "adam-1"),
            find(null));
    }

    @Test
    void nanMatchesOnlyNotEqualAndInfinitiesSitBeyondEveryNumber() {
        assertEquals(List.of("exploded", "sgd-1"), find("metrics.loss > 0.5"));
        assertEquals(List.of("perfect", "adam-1"), find("metrics.loss <= 0.2"));
        assertEquals(List.of("perfect", "exploded", "diverged", "sgd-2", "sgd-1", "adam-2"),
            find("metrics.loss != 0.2"));
        assertEquals(List.of("adam-1"), find("metrics.loss = 0.2"));
        assertEquals(List.of("no-metrics"), find("metrics.loss IS NULL"));
        assertEquals(List.of(), find("metrics.loss = 9"));
    }

    @Test
    void textComparatorsAttributesAndMissingKeys() {
        assertEquals(List.of("sgd-1"), find("params.optimizer LIKE 's%' AND tags.team IN ('cv') AND metrics.acc > 0.5"));
        assertEquals(List.of("sgd-2", "sgd-1"), find("params.optimizer ILIKE 'SG%' AND metrics.acc >= 0.75"));
        assertEquals(List.of("sgd-2"), find("tags.team IS NULL"));
        assertEquals(List.of("exploded", "adam-2"), find("tags.team != 'cv'"));
        assertEquals(List.of("perfect", "adam-1"), find("params.lr NOT IN ('0.1', '0.01') AND metrics.acc > 0.9"
            + " OR attributes.run_name = 'adam-1'"));
        assertEquals(List.of("adam-2"), find("attributes.start_time > 100 AND attributes.created < 300"));
        assertEquals(List.of("adam-1"), find("attributes.run_id = '" + runs.get("adam-1") + "'"));
        assertEquals(List.of("sgd-2", "sgd-1"), find("run_name LIKE 'sgd-%'"));
        assertEquals(List.of("sgd-1"), find("run_name LIKE 'sgd_1'"));
        assertEquals(List.of(), find("run_name LIKE 'sgd\\_1'")); // an escaped _ is itself
        assertEquals(8, find("attributes.status = 'RUNNING' AND attributes.end_time IS NULL").size());
    }

    @Test
    void valuesThatLookLikeSqlAreJustValues() {
        String evil = "x'); DELETE FROM tracking_run; --";
        String id = tracking.createRun(sweep.id(), "evil", "alice", 50, null).id();
        tracking.logBatch(id, new LogBatch(List.of(), Map.of("a' OR '1'='1", evil), Map.of()));
        assertEquals(List.of("evil"), find("params.`a' OR '1'='1` = '" + evil.replace("'", "''") + "'"));
        assertEquals(List.of(), find("params.optimizer = 'adam'' OR ''1''=''1'"));
        assertEquals(9, find(null).size());
    }

    @Test
    void ordersByMetricsParamsAndAttributesWithMissingValuesLast() {
        assertEquals(List.of("perfect", "adam-1", "adam-2", "sgd-2", "sgd-1", "exploded", "diverged", "no-metrics"),
            find(null, "metrics.loss"));
        assertEquals(List.of("exploded", "sgd-1", "sgd-2", "adam-2", "adam-1", "perfect", "diverged", "no-metrics"),
            find(null, "metrics.loss DESC"));
        assertEquals(List.of("sgd-1", "adam-1", "sgd-2", "adam-2"),
            find("params.lr IN ('0.01', '0.1')", "params.lr", "attributes.start_time DESC"));
        assertEquals(List.of("adam-1", "adam-2", "sgd-1"), find("attributes.start_time <= 300", "run_name"));
    }

    @Test
    void pagesResumeAfterTheLastRowEvenWhenRunsAreAdded() {
        for (List<String> order : List.of(List.<String>of(), List.of("metrics.loss DESC"), List.of("params.lr"),
            List.of("tags.team DESC", "attributes.run_name"))) {
            List<String> all = find(null, order.toArray(String[]::new));
            List<String> paged = new ArrayList<>();
            String token = null;
            String late = null;
            int pages = 0;
            do {
                Page<RunDetails> page = search.searchRuns(new RunQuery(List.of(sweep.id()), null, order,
                    Lifecycle.ACTIVE, PageRequest.of(3, token)));
                paged.addAll(names(page));
                token = page.nextPageToken();
                if (pages++ == 0) {
                    // a run that sorts first under each of these orders must not shift the next pages
                    late = tracking.createRun(sweep.id(), "late", "alice", 5000, null).id();
                    tracking.logBatch(late, new LogBatch(List.of(new MetricPoint("loss", Double.POSITIVE_INFINITY,
                        1, 1)), Map.of("lr", "0"), Map.of("team", "zz")));
                }
            } while (token != null);
            assertEquals(all, paged, order.toString());
            assertEquals(3, pages);
            tracking.setRunLifecycle(late, Lifecycle.DELETED);
        }
        ApiException bad = assertThrows(ApiException.class, () -> search.searchRuns(new RunQuery(
            List.of(sweep.id()), null, List.of("metrics.loss"), null, PageRequest.of(3, PageRequest.encode("x.y")))));
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, bad.code());
    }

    @Test
    void pagesCarryParamsTagsAndLatestMetricsAndSpanExperimentsAndLifecycles() {
        Page<RunDetails> page = search.searchRuns(new RunQuery(List.of(sweep.id(), other.id()),
            "params.lr = '0.01'", List.of("attributes.start_time"), null, PageRequest.first(10)));
        assertEquals(List.of("adam-1", "sgd-1", "elsewhere", "trashed"), names(page));
        assertNull(page.nextPageToken());
        RunDetails first = page.items().get(0);
        assertEquals(Map.of("optimizer", "adam", "lr", "0.01"), first.params());
        assertEquals(Map.of("team", "cv"), first.tags());
        assertEquals(List.of(new MetricPoint("acc", 0.91, 101, 1), new MetricPoint("loss", 0.20, 101, 1)),
            first.latestMetrics());
        assertEquals(List.of("trashed"), names(search.searchRuns(new RunQuery(List.of(sweep.id()), null, null,
            Lifecycle.DELETED, PageRequest.first(10)))));
        List<RunDetails> details = search.runDetails(List.of(runs.get("sgd-2"), runs.get("adam-1")));
        assertEquals(List.of("sgd-2", "adam-1"), details.stream().map(d -> d.info().name()).toList());
        assertTrue(details.get(0).tags().isEmpty());
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> search.runDetails(List.of(runs.get("sgd-2"),
            "0".repeat(32))));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> search.searchRuns(new RunQuery(List.of("424242"), null,
            null, null, PageRequest.first(10))));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> search.searchRuns(new RunQuery(List.of(), null, null,
            null, PageRequest.first(10))));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> search.searchRuns(new RunQuery(List.of(sweep.id()),
            "metrics.loss < 'x'", null, null, PageRequest.first(10))));
    }

    @Test
    void experimentsAreFoundByNameTagsAndTimesWithinTheirProjects() {
        Experiment elsewhere = tracking.createExperiment("p2", "lr-other-project", null, Map.of("owner", "alice"));
        assertEquals(List.of("lr-sweep"), experiments(Set.of("p1"), "name LIKE 'lr%'"));
        assertEquals(List.of("lr-other-project", "lr-sweep"), experiments(null, "tags.owner = 'alice'", "name"));
        assertEquals(List.of("other", "lr-sweep"), experiments(Set.of("p1"), "creation_time >= 0",
            "experiment_id DESC"));
        assertEquals(List.of(), experiments(Set.of(), null));
        Page<Experiment> found = search.searchExperiments(new ExperimentQuery(null, "attributes.name ILIKE 'LR-%'",
            List.of("name"), Lifecycle.ACTIVE, PageRequest.first(1)));
        assertEquals("lr-other-project", found.items().get(0).name());
        assertEquals(Map.of("owner", "alice"), found.items().get(0).tags());
        assertNotNull(found.nextPageToken());
        Page<Experiment> next = search.searchExperiments(new ExperimentQuery(null, "attributes.name ILIKE 'LR-%'",
            List.of("name"), Lifecycle.ACTIVE, PageRequest.of(1, found.nextPageToken())));
        assertEquals(List.of(sweep.id()), next.items().stream().map(Experiment::id).toList());
        assertNull(next.nextPageToken());
        assertEquals(elsewhere.id(), search.searchExperiments(new ExperimentQuery(Set.of("p2"), null, null, null,
            PageRequest.first(5))).items().get(0).id());
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> experiments(null, "params.x = '1'"));
    }

    private List<String> experiments(Set<String> projects, String filter, String... orderBy) {
        return search.searchExperiments(new ExperimentQuery(projects, filter, List.of(orderBy), Lifecycle.ACTIVE,
            PageRequest.first(100))).items().stream().map(Experiment::name).toList();
    }

    private static void assertCode(ErrorCode code, Runnable call) {
        assertEquals(code, assertThrows(ApiException.class, call::run).code());
    }
}
