package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunStatus;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The real MLflow Java client 2.17.2, unchanged, against the running distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MlflowClientIT extends MlflowClientSupport {
    private MlflowClient client;
    private String experimentId;

    @Before
    public void experiment() {
        awaitReady();
        client = client();
        experimentId = client.createExperiment("mlflow-" + Accounts.unique());
    }

    @Test
    public void experimentsAreCreatedReadByIdAndNameRenamedTaggedDeletedAndRestored() {
        Experiment defaults = client.getExperiment("0");
        assertEquals("0", defaults.getExperimentId());
        assertEquals("Default", defaults.getName());
        assertEquals("0", client.getExperimentByName("Default").orElseThrow().getExperimentId());

        Experiment made = client.getExperiment(experimentId);
        assertEquals("active", made.getLifecycleStage());
        assertEquals("mlflow-artifacts:/" + experimentId, made.getArtifactLocation());
        assertEquals(experimentId, client.getExperimentByName(made.getName()).orElseThrow().getExperimentId());
        assertFalse(client.getExperimentByName("no-such-" + Accounts.unique()).isPresent());

        // the client sends a refused create three times: each is refused, none makes an experiment
        MlflowHttpException taken = assertThrows(MlflowHttpException.class,
            () -> client.createExperiment(made.getName()));
        assertError(400, "RESOURCE_ALREADY_EXISTS", taken);

        String newName = made.getName() + "-renamed";
        client.renameExperiment(experimentId, newName);
        client.setExperimentTag(experimentId, "team", "vision");
        Experiment changed = client.getExperiment(experimentId);
        assertEquals(newName, changed.getName());
        assertEquals("vision", changed.getTags(0).getValue());

        String runId = client.createRun(experimentId).getRunId();
        client.deleteExperiment(experimentId);
        assertEquals("deleted", client.getExperiment(experimentId).getLifecycleStage());
        assertEquals("deleted", client.getRun(runId).getInfo().getLifecycleStage());
        client.restoreExperiment(experimentId);
        assertEquals("active", client.getExperiment(experimentId).getLifecycleStage());
        assertEquals("active", client.getRun(runId).getInfo().getLifecycleStage());
    }

    @Test
    public void runsAreCreatedFinishedDeletedAndRestored() {
        RunInfo started = client.createRun(experimentId);
        assertEquals(RunStatus.RUNNING, started.getStatus());
        assertEquals(experimentId, started.getExperimentId());
        assertEquals("mlflow-artifacts:/" + experimentId + "/" + started.getRunId() + "/artifacts",
            started.getArtifactUri());
        assertEquals("0", client.createRun().getExperimentId());

        long end = started.getStartTime() + 5_000;
        client.setTerminated(started.getRunId(), RunStatus.FAILED, end);
        RunInfo finished = client.getRun(started.getRunId()).getInfo();
        assertEquals(RunStatus.FAILED, finished.getStatus());
        assertEquals(end, finished.getEndTime());

        client.deleteRun(started.getRunId());
        assertEquals("deleted", client.getRun(started.getRunId()).getInfo().getLifecycleStage());
        MlflowHttpException refused = assertThrows(MlflowHttpException.class,
            () -> client.logParam(started.getRunId(), "lr", "0.1"));
        assertError(400, "INVALID_PARAMETER_VALUE", refused);
        client.restoreRun(started.getRunId());
        assertEquals("active", client.getRun(started.getRunId()).getInfo().getLifecycleStage());
        client.logParam(started.getRunId(), "lr", "0.1");
        assertEquals(Map.of("lr", "0.1"), params(client.getRun(started.getRunId())));
    }

    @Test
    public void paramsMetricsAndTagsAreLoggedOneByOneAndInBatches() {
        String runId = client.createRun(experimentId).getRunId();
        client.logParam(runId, "lr", "0.01");
        client.logParam(runId, "lr", "0.01"); // the same value again is fine
        client.logMetric(runId, "acc", 0.5);
        client.logMetric(runId, "loss", 2.5, 1_000L, 0);
        client.setTag(runId, "team", "vision");
        client.setTag(runId, "scratch", "x");
        client.deleteTag(runId, "scratch");
        client.logBatch(runId,
            List.of(metric("loss", 1.25, 2_000L, 1), metric("loss", 0.75, 3_000L, 2)),
            List.of(param("epochs", "3"), param("optimizer", "adam")),
            List.of(tag("mlflow.runName", "batched"), tag("stage", "dev")));

        Run run = client.getRun(runId);
        assertEquals(Map.of("lr", "0.01", "epochs", "3", "optimizer", "adam"), params(run));
        Map<String, String> tags = run.getData().getTagsList().stream()
            .collect(Collectors.toMap(RunTag::getKey, RunTag::getValue, (a, b) -> b, TreeMap::new));
        assertEquals("vision", tags.get("team"));
        assertEquals("dev", tags.get("stage"));
        assertFalse(tags.containsKey("scratch"));
        assertEquals("batched", tags.get("mlflow.runName"));
        assertEquals("batched", run.getInfo().getRunName());
        Map<String, Metric> latest = run.getData().getMetricsList().stream()
            .collect(Collectors.toMap(Metric::getKey, m -> m));
        assertEquals(0.75, latest.get("loss").getValue(), 0.0);
        assertEquals(2, latest.get("loss").getStep());
        assertEquals(0.5, latest.get("acc").getValue(), 0.0);
        assertEquals(3, client.getMetricHistory(runId, "loss").size());
    }

    @Test
    public void aThousandStepHistoryComesBackExactAndInOrder() {
        String runId = client.createRun(experimentId).getRunId();
        long t0 = 1_700_000_000_000L;
        List<Metric> points = new ArrayList<>();
        for (int step = 0; step < 1000; step++) {
            points.add(metric("train/loss", value(step), t0 + step, step));
        }
        client.logBatch(runId, points, List.of(), List.of());

        List<Metric> history = client.getMetricHistory(runId, "train/loss");
        assertEquals(1000, history.size());
        for (int step = 0; step < 1000; step++) {
            Metric read = history.get(step);
            assertEquals(step, read.getStep());
            assertEquals(t0 + step, read.getTimestamp());
            assertEquals("step " + step, Double.doubleToLongBits(value(step)), Double.doubleToLongBits(read.getValue()));
        }
        Metric latest = client.getRun(runId).getData().getMetrics(0);
        assertEquals(999, latest.getStep());
    }

    @Test
    public void refusedInputStoresNothingThoughTheClientRetries() {
        String runId = client.createRun(experimentId).getRunId();
        List<Metric> tooMany = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            tooMany.add(metric("big", i, 1L + i, i));
        }
        assertError(400, "INVALID_PARAMETER_VALUE", assertThrows(MlflowHttpException.class,
            () -> client.logBatch(runId, tooMany, List.of(), List.of())));
        assertTrue(client.getMetricHistory(runId, "big").isEmpty());

        client.logParam(runId, "lr", "0.1");
        assertError(400, "INVALID_PARAMETER_VALUE", assertThrows(MlflowHttpException.class,
            () -> client.logBatch(runId, List.of(metric("acc", 0.9, 5L, 1)),
                List.of(param("epochs", "3"), param("lr", "0.2")), List.of(tag("t", "v")))));
        assertError(400, "INVALID_PARAMETER_VALUE", assertThrows(MlflowHttpException.class,
            () -> client.logParam(runId, "lr", "0.2")));
        Run run = client.getRun(runId);
        assertEquals(Map.of("lr", "0.1"), params(run));
        assertEquals(0, run.getData().getMetricsCount());
        assertTrue(run.getData().getTagsList().stream().noneMatch(t -> t.getKey().equals("t")));

        String unknown = "0".repeat(32);
        assertError(404, "RESOURCE_DOES_NOT_EXIST", assertThrows(MlflowHttpException.class,
            () -> client.logMetric(unknown, "loss", 1.0)));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", assertThrows(MlflowHttpException.class,
            () -> client.getRun(unknown)));
    }

    @Test
    public void callersNeedCredentialsAndTrackingWrite() {
        String runId = client.createRun(experimentId).getRunId();
        assertError(401, "UNAUTHENTICATED", assertThrows(MlflowHttpException.class,
            () -> anonymousClient().getExperiment("0")));
        Accounts.Account viewer = new Accounts(http()).create("viewer");
        assertError(401, "UNAUTHENTICATED", assertThrows(MlflowHttpException.class,
            () -> client(viewer.username(), "wrong-password").getExperiment(experimentId)));

        MlflowClient reader = client(viewer.username(), viewer.password());
        assertEquals(experimentId, reader.getExperiment(experimentId).getExperimentId());
        assertEquals(runId, reader.getRun(runId).getInfo().getRunId());
        assertError(403, "PERMISSION_DENIED", assertThrows(MlflowHttpException.class,
            () -> reader.logMetric(runId, "loss", 1.0)));
        assertError(403, "PERMISSION_DENIED", assertThrows(MlflowHttpException.class,
            () -> reader.createExperiment("denied-" + Accounts.unique())));
        assertEquals(0, client.getRun(runId).getData().getMetricsCount());
    }

    /** Values with every kind of double: tiny, huge, negative, NaN and both infinities. */
    private static double value(int step) {
        switch (step) {
            case 10:
                return Double.NaN;
            case 20:
                return Double.POSITIVE_INFINITY;
            case 30:
                return Double.NEGATIVE_INFINITY;
            case 40:
                return Double.MIN_VALUE;
            case 50:
                return -Double.MAX_VALUE;
            default:
                return Math.exp(-step / 100.0) / 3.0;
        }
    }

    private static Map<String, String> params(Run run) {
        return run.getData().getParamsList().stream().collect(Collectors.toMap(Param::getKey, Param::getValue));
    }

    private static Metric metric(String key, double value, long timestamp, long step) {
        return Metric.newBuilder().setKey(key).setValue(value).setTimestamp(timestamp).setStep(step).build();
    }

    private static Param param(String key, String value) {
        return Param.newBuilder().setKey(key).setValue(value).build();
    }

    private static RunTag tag(String key, String value) {
        return RunTag.newBuilder().setKey(key).setValue(value).build();
    }
}
