package org.aiplatform.tracking.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.impl.testing.RecordingEventAdmin;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.tracking.api.DatasetInput;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.ModelQuery;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelStage;
import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.NewModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunInput;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.osgi.service.event.Event;

/** What the model registry and the run inputs guarantee, on every supported database. */
abstract class ModelRegistryContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC);

    private TestDatabase db;
    private JdbcTrackingService tracking;
    private JdbcModelRegistry registry;
    private RecordingEventAdmin events;
    private Run run;
    private RegisteredModel model;

    abstract TestDatabase database();

    @BeforeEach
    void migrate() {
        db = database();
        Flyway.configure().dataSource(db.dataSource()).table("tracking_schema_history")
            .locations("classpath:db/migration/common").load().migrate();
        tracking = new JdbcTrackingService(db.dataSource(), CLOCK);
        events = new RecordingEventAdmin();
        registry = new JdbcModelRegistry(db.dataSource(), CLOCK, events);
        run = tracking.createRun(tracking.createExperiment("p1", "baseline", null, null).id(), null, "alice", 1L,
            null);
        model = registry.createModel("p1", "Churn", "predicts churn", Map.of("team", "growth"), "alice");
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void modelNamesAreUniquePerProjectIgnoringCase() {
        assertEquals(model, registry.getModel(model.id()));
        assertEquals(model, registry.findModel("p1", "CHURN"));
        assertEquals(Map.of("team", "growth"), model.tags());
        assertEquals(CLOCK.millis(), model.createdAt());
        assertCode(ErrorCode.RESOURCE_ALREADY_EXISTS, () -> registry.createModel("p1", "churn", null, null, "bob"));
        assertEquals("churn", registry.createModel("p2", "churn", null, null, "bob").name());
        RegisteredModel other = registry.createModel("p1", "fraud", null, null, "bob");
        assertCode(ErrorCode.RESOURCE_ALREADY_EXISTS, () -> registry.updateModel(other.id(), "CHURN", null, null));
        Map<String, String> patch = new HashMap<>(Map.of("a", "1"));
        patch.put("gone", null); // removes nothing: there is no such tag
        RegisteredModel renamed = registry.updateModel(other.id(), "Fraud-v2", "described", patch);
        assertEquals(Map.of("a", "1"), renamed.tags());
        assertEquals(renamed, registry.findModel("p1", "fraud-V2"));
        assertEquals("described", renamed.description());

        assertEquals(Map.of("team", "growth", "owner", "ml"), registry.setModelTag(model.id(), "owner", "ml").tags());
        assertEquals(Map.of("owner", "ml"), registry.deleteModelTag(model.id(), "team").tags());
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.deleteModelTag(model.id(), "team"));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> registry.createModel("p1", " ", null, null, "bob"));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> registry.setModelTag(model.id(), "k", null));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.getModel("424242"));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.findModel("p2", "fraud"));
    }

    @Test
    void versionsAreNumberedPerModelAndNeverReused() {
        ModelVersion first = registry.createVersion(model.id(), new NewModelVersion("mlflow-artifacts:/1/r/model",
            run.id(), "http://ui/runs/" + run.id(), "first", Map.of("framework", "djl")), "alice");
        assertEquals(1, first.version());
        assertEquals(ModelStage.NONE, first.stage());
        assertEquals(run.id(), first.runId());
        assertEquals("Churn", first.modelName());
        assertEquals(Map.of("framework", "djl"), first.tags());
        assertEquals(first, registry.getVersion(model.id(), 1));
        ModelVersion second = registry.createVersion(model.id(), new NewModelVersion("s3://b/m2", null, null, null,
            null), "bob");
        assertEquals(2, second.version());
        registry.deleteVersion(model.id(), 2);
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.getVersion(model.id(), 2));
        assertEquals(3, registry.createVersion(model.id(), new NewModelVersion("s3://b/m3", null, null, null, null),
            "bob").version());

        Page<ModelVersion> newest = registry.listVersions(model.id(), PageRequest.first(1));
        Page<ModelVersion> older = registry.listVersions(model.id(), PageRequest.of(1, newest.nextPageToken()));
        assertEquals(List.of(3, 1), List.of(newest.items().get(0).version(), older.items().get(0).version()));
        assertNull(older.nextPageToken());

        Map<String, String> patch = new HashMap<>(Map.of("stage", "eval"));
        patch.put("framework", null);
        ModelVersion changed = registry.updateVersion(model.id(), 1, "now described", patch);
        assertEquals("now described", changed.description());
        assertEquals(Map.of("stage", "eval"), changed.tags());
        registry.updateVersion(model.id(), 1, null, Map.of("framework", "djl"));
        assertEquals(Map.of("framework", "djl", "stage", "eval", "q", "ok"),
            registry.setVersionTag(model.id(), 1, "q", "ok").tags());
        assertEquals(Map.of("stage", "eval", "q", "ok"), registry.deleteVersionTag(model.id(), 1, "framework").tags());
        assertEquals(List.of(ModelRegistry.TOPIC_CREATED, ModelRegistry.TOPIC_VERSION_CREATED,
            ModelRegistry.TOPIC_VERSION_CREATED, ModelRegistry.TOPIC_VERSION_CREATED), events.topics());
        assertEquals(run.id(), events.events().get(1).getProperty("run_id"));
    }

    @Test
    void aVersionsRunMustBeInTheModelsProjectAndBadVersionsWriteNothing() {
        Run elsewhere = tracking.createRun(tracking.createExperiment("p2", "other", null, null).id(), null, "eve",
            1L, null);
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> registry.createVersion(model.id(),
            new NewModelVersion("s3://x", elsewhere.id(), null, null, null), "eve"));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.createVersion(model.id(),
            new NewModelVersion("s3://x", "f".repeat(32), null, null, null), "eve"));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> registry.createVersion(model.id(),
            new NewModelVersion(null, run.id(), null, null, null), "eve"));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.createVersion("999",
            new NewModelVersion("s3://x", null, null, null, null), "eve"));
        assertEquals(List.of(), registry.listVersions(model.id(), PageRequest.first(10)).items());
        assertEquals(1, registry.createVersion(model.id(), new NewModelVersion("s3://x", null, null, null, null),
            "eve").version());
    }

    @Test
    void stageTransitionsArchiveTheOthersWhenAsked() {
        for (int i = 0; i < 3; i++) {
            registry.createVersion(model.id(), new NewModelVersion("s3://m/" + i, null, null, null, null), "alice");
        }
        registry.transitionStage(model.id(), 1, ModelStage.PRODUCTION, false);
        registry.transitionStage(model.id(), 2, ModelStage.PRODUCTION, false);
        assertEquals(ModelStage.PRODUCTION, registry.getVersion(model.id(), 1).stage());
        ModelVersion third = registry.transitionStage(model.id(), 3, ModelStage.PRODUCTION, true);
        assertEquals(ModelStage.PRODUCTION, third.stage());
        assertEquals(ModelStage.ARCHIVED, registry.getVersion(model.id(), 1).stage());
        assertEquals(ModelStage.ARCHIVED, registry.getVersion(model.id(), 2).stage());
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE,
            () -> registry.transitionStage(model.id(), 1, ModelStage.ARCHIVED, true));
        assertEquals(List.of(2, 3), registry.latestVersions(model.id(), Set.of()).stream()
            .map(ModelVersion::version).toList());
        assertEquals(List.of(3), registry.latestVersions(model.id(), Set.of(ModelStage.PRODUCTION,
            ModelStage.STAGING)).stream().map(ModelVersion::version).toList());
        Event moved = events.events().get(events.events().size() - 1);
        assertEquals(ModelRegistry.TOPIC_STAGE_CHANGED, moved.getTopic());
        assertEquals("Production", moved.getProperty("stage"));
        assertEquals("None", moved.getProperty("previous_stage"));
    }

    @Test
    void aliasesAreUniquePerModelMoveAndFollowDeletes() {
        registry.createVersion(model.id(), new NewModelVersion("s3://m/1", null, null, null, null), "alice");
        registry.createVersion(model.id(), new NewModelVersion("s3://m/2", null, null, null, null), "alice");
        assertEquals(List.of("champion"), registry.setAlias(model.id(), "champion", 1).aliases());
        assertEquals(List.of("champion"), registry.setAlias(model.id(), "champion", 2).aliases());
        assertEquals(List.of(), registry.getVersion(model.id(), 1).aliases());
        assertEquals(2, registry.resolveAlias(model.id(), "champion").version());
        assertEquals(Map.of("champion", 2), registry.getModel(model.id()).aliases());
        Event moved = events.events().get(events.events().size() - 1);
        assertEquals(ModelRegistry.TOPIC_ALIAS_CHANGED, moved.getTopic());
        assertEquals(1, moved.getProperty("previous_version"));

        for (String bad : List.of("latest", "LATEST", "v1", "V12", "has space", "a/b", "", "x".repeat(256))) {
            assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> registry.setAlias(model.id(), bad, 1));
        }
        registry.setAlias(model.id(), "v1-candidate", 1);
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.setAlias(model.id(), "x", 9));
        registry.deleteAlias(model.id(), "v1-candidate");
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.resolveAlias(model.id(), "v1-candidate"));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.deleteAlias(model.id(), "v1-candidate"));
        registry.deleteVersion(model.id(), 2);
        assertEquals(Map.of(), registry.getModel(model.id()).aliases());
    }

    @Test
    void searchesFilterByNameRunSourceAndTags() {
        RegisteredModel other = registry.createModel("p1", "churn-small", null, Map.of("team", "core"), "bob");
        registry.createModel("p2", "churn-elsewhere", null, null, "bob");
        registry.createVersion(model.id(), new NewModelVersion("s3://a", run.id(), null, null, Map.of("q", "1")), "a");
        registry.createVersion(other.id(), new NewModelVersion("s3://b", null, null, null, null), "a");
        registry.createVersion(other.id(), new NewModelVersion("s3://c", run.id(), null, null, null), "a");

        assertEquals(List.of("Churn", "churn-small"), names(registry.searchModels(
            new ModelQuery("p1", null, "churn%", true, null, null, null, null), PageRequest.first(10))));
        assertEquals(List.of("churn-small"), names(registry.searchModels(
            new ModelQuery("p1", null, "churn%", false, null, null, null, null), PageRequest.first(10))));
        assertEquals(List.of("churn-small"), names(registry.searchModels(
            new ModelQuery("p1", null, null, false, null, null, null, Map.of("team", "core")), PageRequest.first(10))));

        Page<ModelVersion> first = registry.searchVersions(new ModelQuery("p1", null, null, false, List.of(run.id()),
            null, null, null), PageRequest.first(1));
        Page<ModelVersion> next = registry.searchVersions(new ModelQuery("p1", null, null, false, List.of(run.id()),
            null, null, null), PageRequest.of(1, first.nextPageToken()));
        assertEquals(List.of("Churn/1", "churn-small/2"), List.of(label(first.items().get(0)),
            label(next.items().get(0))));
        assertEquals(List.of("churn-small/2", "churn-small/1"), registry.searchVersions(
            new ModelQuery("p1", "CHURN-small", null, false, null, null, null, null), PageRequest.first(10))
            .items().stream().map(ModelRegistryContract::label).toList());
        assertEquals(List.of("churn-small/1"), registry.searchVersions(new ModelQuery("p1", null, null, false, null,
            "s3://b", null, null), PageRequest.first(10)).items().stream().map(ModelRegistryContract::label).toList());
        assertEquals(List.of("Churn/1"), registry.searchVersions(new ModelQuery("p1", null, null, false, null, null,
            1, Map.of("q", "1")), PageRequest.first(10)).items().stream().map(ModelRegistryContract::label).toList());
        assertEquals(List.of(), registry.searchVersions(new ModelQuery("p1", null, null, false, List.of(), null,
            null, null), PageRequest.first(10)).items());
    }

    @Test
    void deletingAModelDeletesItsVersionsAndFreesTheName() {
        registry.createVersion(model.id(), new NewModelVersion("s3://a", run.id(), null, null, Map.of("q", "1")), "a");
        registry.setAlias(model.id(), "champion", 1);
        registry.deleteModel(model.id());
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.getModel(model.id()));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> registry.getVersion(model.id(), 1));
        RegisteredModel again = registry.createModel("p1", "churn", null, null, "bob");
        assertEquals(1, registry.createVersion(again.id(), new NewModelVersion("s3://a", null, null, null, null), "a")
            .version());
        assertEquals(ModelRegistry.TOPIC_DELETED, events.topics().get(3));
    }

    @Test
    void racingCreatorsGetConsecutiveVersionNumbers() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String source = "s3://race/" + i;
                Callable<Integer> create = () -> {
                    start.await();
                    return registry.createVersion(model.id(), new NewModelVersion(source, run.id(), null, null,
                        Map.of("writer", source)), "w").version();
                };
                outcomes.add(pool.submit(create));
            }
            start.countDown();
            Set<Integer> numbers = new TreeSet<>();
            for (Future<Integer> outcome : outcomes) {
                numbers.add(outcome.get());
            }
            assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), numbers);
        } finally {
            pool.shutdownNow();
        }
        for (ModelVersion v : registry.listVersions(model.id(), PageRequest.first(10)).items()) {
            assertEquals(Map.of("writer", v.source()), v.tags());
        }
    }

    @Test
    void runInputsAreRecordedOnceAndFoundFromTheDatasetVersion() {
        JdbcRunInputs inputs = new JdbcRunInputs(db.dataSource(), CLOCK);
        DatasetInput train = new DatasetInput("reviews", "d1g3st", "aiplatform", "aip://datasets/7/v3",
            "{\"columns\": []}", null, "dsv-42", "training");
        DatasetInput eval = new DatasetInput("reviews", "d1g3st", "aiplatform", "aip://datasets/7/v3", null, null,
            "dsv-42", "eval");
        DatasetInput plain = new DatasetInput("iris", "abc", "http", "https://example.org/iris.csv", null, null, null,
            null);
        inputs.logInputs(run.id(), List.of(train, plain));
        inputs.logInputs(run.id(), List.of(train, eval)); // train again: kept once
        assertEquals(List.of(train, plain, eval), inputs.inputs(run.id()).stream().map(RunInput::dataset).toList());

        Run other = tracking.createRun(run.experimentId(), null, "bob", 2L, null);
        inputs.logInputs(other.id(), List.of(train));
        Page<RunInput> newest = inputs.usesOf("dsv-42", PageRequest.first(2));
        Page<RunInput> rest = inputs.usesOf("dsv-42", PageRequest.of(2, newest.nextPageToken()));
        assertEquals(List.of(other.id(), run.id(), run.id()), List.of(newest.items().get(0).runId(),
            newest.items().get(1).runId(), rest.items().get(0).runId()));
        assertEquals(List.of("eval", "training"), List.of(newest.items().get(1).dataset().context(),
            rest.items().get(0).dataset().context()));
        assertEquals(List.of(run.id()), inputs.usesOf("iris", "abc", PageRequest.first(10)).items().stream()
            .map(RunInput::runId).toList());

        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> inputs.logInputs(run.id(), List.of(plain,
            new DatasetInput("x", null, "http", "s", null, null, null, null))));
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> inputs.logInputs(run.id(), List.of()));
        assertCode(ErrorCode.RESOURCE_DOES_NOT_EXIST, () -> inputs.logInputs("a".repeat(32), List.of(plain)));
        tracking.setRunLifecycle(other.id(), Lifecycle.DELETED);
        assertCode(ErrorCode.INVALID_PARAMETER_VALUE, () -> inputs.logInputs(other.id(), List.of(plain)));
        assertEquals(3, inputs.inputs(run.id()).size());
        assertEquals(1, inputs.inputs(other.id()).size());
    }

    private static List<String> names(Page<RegisteredModel> page) {
        return page.items().stream().map(RegisteredModel::name).toList();
    }

    private static String label(ModelVersion v) {
        return v.modelName() + "/" + v.version();
    }

    static void assertCode(ErrorCode code, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(code, e.code(), e.getMessage());
    }
}
