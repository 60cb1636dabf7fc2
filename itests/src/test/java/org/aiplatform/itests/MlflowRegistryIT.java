package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mlflow.api.proto.ModelRegistry.ModelVersion;
import org.mlflow.api.proto.ModelRegistry.ModelVersionStatus;
import org.mlflow.api.proto.ModelRegistry.RegisteredModel;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.ModelVersionsPage;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The model registry through the real MLflow Java client 2.17.2: a version registered from a run (through the
 * client's sendPost, as the client has no create call), read back with getRegisteredModel, getLatestVersions,
 * getModelVersion, getModelVersionDownloadUri and searchModelVersions; aliases resolved through sendGet; the run's
 * dataset inputs (runs/log-inputs) read back with getRun.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MlflowRegistryIT extends MlflowClientSupport {
    private MlflowClient client;
    private RunInfo run;
    private String name;

    @Before
    public void run() {
        awaitReady();
        client = client();
        run = client.createRun(client.createExperiment("registry-" + Accounts.unique()));
        client.logParam(run.getRunId(), "lr", "0.01");
        name = "Churn-" + Accounts.unique();
    }

    @Test
    public void aVersionRegisteredFromARunReadsBackThroughTheClient() {
        client.sendPost("registered-models/create", "{\"name\": \"" + name + "\", \"description\": \"who leaves\","
            + " \"tags\": [{\"key\": \"team\", \"value\": \"growth\"}]}");
        MlflowHttpException taken = assertThrows(MlflowHttpException.class, () -> client.sendPost(
            "registered-models/create", "{\"name\": \"" + name.toLowerCase() + "\"}"));
        assertError(400, "RESOURCE_ALREADY_EXISTS", taken);

        String source = "mlflow-artifacts:/" + run.getExperimentId() + "/" + run.getRunId() + "/artifacts/model";
        JsonNode first = PlatformHttp.json(client.sendPost("model-versions/create", "{\"name\": \"" + name
            + "\", \"source\": \"" + source + "\", \"run_id\": \"" + run.getRunId() + "\"}"));
        assertEquals("1", first.at("/model_version/version").asText());
        assertEquals("None", first.at("/model_version/current_stage").asText());
        client.sendPost("model-versions/create", "{\"name\": \"" + name + "\", \"source\": \"s3://models/2\","
            + " \"run_id\": \"" + run.getRunId() + "\", \"tags\": [{\"key\": \"q\", \"value\": \"ok\"}]}");
        transition("1", "Staging", false);
        transition("2", "Production", false);
        client.sendPost("registered-models/alias", "{\"name\": \"" + name + "\", \"alias\": \"champion\","
            + " \"version\": \"2\"}");

        RegisteredModel model = client.getRegisteredModel(name);
        assertEquals(name, model.getName());
        assertEquals("who leaves", model.getDescription());
        assertEquals("growth", model.getTags(0).getValue());
        assertEquals(List.of("1", "2"), model.getLatestVersionsList().stream().map(ModelVersion::getVersion).toList());

        assertEquals(List.of("Staging", "Production"), client.getLatestVersions(name).stream()
            .map(ModelVersion::getCurrentStage).toList());
        assertEquals(List.of("2"), client.getLatestVersions(name, List.of("production")).stream()
            .map(ModelVersion::getVersion).toList());

        ModelVersion v1 = client.getModelVersion(name, "1");
        assertEquals(run.getRunId(), v1.getRunId());
        assertEquals(source, v1.getSource());
        assertEquals(ModelVersionStatus.READY, v1.getStatus());
        assertEquals("Staging", v1.getCurrentStage());
        ModelVersion v2 = client.getModelVersion(name, "2");
        assertEquals(List.of("champion"), v2.getAliasesList());
        assertEquals("ok", v2.getTags(0).getValue());
        assertEquals("s3://models/2", client.getModelVersionDownloadUri(name, "2"));
        assertEquals("2", PlatformHttp.json(client.sendGet("registered-models/alias?name=" + name
            + "&alias=champion")).at("/model_version/version").asText());

        ModelVersionsPage byName = client.searchModelVersions("name = '" + name + "'");
        assertEquals(List.of("2", "1"), byName.getItems().stream().map(ModelVersion::getVersion).toList());
        ModelVersionsPage byRun = client.searchModelVersions("run_id = '" + run.getRunId() + "'");
        assertEquals(2, byRun.getItems().size());
        assertTrue(client.searchModelVersions("name = 'nothing-" + Accounts.unique() + "'").getItems().isEmpty());
        MlflowHttpException missing = assertThrows(MlflowHttpException.class, () -> client.getModelVersion(name, "9"));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", missing);
    }

    @Test
    public void stagesArchiveAliasesMoveAndReservedNamesAreRefused() {
        client.sendPost("registered-models/create", "{\"name\": \"" + name + "\"}");
        for (int i = 0; i < 3; i++) {
            client.sendPost("model-versions/create", "{\"name\": \"" + name + "\", \"source\": \"s3://m/" + i + "\"}");
        }
        transition("1", "Production", false);
        transition("2", "Production", false);
        transition("3", "Production", true);
        assertEquals("Archived", client.getModelVersion(name, "1").getCurrentStage());
        assertEquals("Archived", client.getModelVersion(name, "2").getCurrentStage());
        assertError(400, "INVALID_PARAMETER_VALUE", post("model-versions/transition-stage", "{\"name\": \"" + name
            + "\", \"version\": \"1\", \"stage\": \"Staging\"}"));
        assertError(400, "INVALID_PARAMETER_VALUE", post("registered-models/alias", "{\"name\": \"" + name
            + "\", \"alias\": \"latest\", \"version\": \"1\"}"));
        assertError(400, "INVALID_PARAMETER_VALUE", post("registered-models/alias", "{\"name\": \"" + name
            + "\", \"alias\": \"v2\", \"version\": \"1\"}"));

        client.sendPost("registered-models/alias", "{\"name\": \"" + name + "\", \"alias\": \"best\", \"version\": \"1\"}");
        client.sendPost("registered-models/alias", "{\"name\": \"" + name + "\", \"alias\": \"best\", \"version\": \"3\"}");
        assertTrue(client.getModelVersion(name, "1").getAliasesList().isEmpty());
        assertEquals(List.of("best"), client.getModelVersion(name, "3").getAliasesList());

        String renamed = name + "-renamed";
        assertEquals(renamed, PlatformHttp.json(client.sendPost("registered-models/rename", "{\"name\": \"" + name
            + "\", \"new_name\": \"" + renamed + "\"}")).at("/registered_model/name").asText());
        assertEquals("now described", PlatformHttp.json(client.sendPatch("model-versions/update", "{\"name\": \""
            + renamed + "\", \"version\": \"3\", \"description\": \"now described\"}"))
            .at("/model_version/description").asText());
        assertEquals(List.of("3", "2", "1"), client.searchModelVersions("name ILIKE '" + renamed.toUpperCase() + "'")
            .getItems().stream().map(ModelVersion::getVersion).toList());
        assertTrue(client.searchModelVersions("name = '" + renamed + "' AND tags.q = 'x'").getItems().isEmpty());
        HttpResponse<String> deleted = raw().send(raw().builder(API + "registered-models/delete")
            .header("Content-Type", "application/json")
            .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"name\": \"" + renamed + "\"}")));
        assertEquals(deleted.body(), 200, deleted.statusCode());
        assertError(404, "RESOURCE_DOES_NOT_EXIST", assertThrows(MlflowHttpException.class,
            () -> client.getRegisteredModel(renamed)));
    }

    @Test
    public void runInputsAreLoggedAndReadBackWithTheRun() {
        String inputs = "{\"run_id\": \"" + run.getRunId() + "\", \"datasets\": [{\"tags\": [{\"key\":"
            + " \"mlflow.data.context\", \"value\": \"training\"}], \"dataset\": {\"name\": \"reviews\", \"digest\":"
            + " \"9f2c\", \"source_type\": \"http\", \"source\": \"https://example.org/reviews.csv\"}}]}";
        ok(post("runs/log-inputs", inputs));
        ok(post("runs/log-inputs", inputs)); // the client retries: logged once
        JsonNode recorded = PlatformHttp.json(raw().get("/api/v1/runs/" + run.getRunId() + "/inputs").body());
        assertEquals(1, recorded.size());
        assertEquals("training", recorded.at("/0/dataset/context").asText());
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/log-inputs", "{\"run_id\": \"" + run.getRunId()
            + "\", \"datasets\": [{\"dataset\": {\"name\": \"x\"}}]}"));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", post("runs/log-inputs", "{\"run_id\": \"" + "0".repeat(32)
            + "\", \"datasets\": []}"));
    }

    private void transition(String version, String stage, boolean archive) {
        client.sendPost("model-versions/transition-stage", "{\"name\": \"" + name + "\", \"version\": \"" + version
            + "\", \"stage\": \"" + stage + "\", \"archive_existing_versions\": " + archive + "}");
    }
}
