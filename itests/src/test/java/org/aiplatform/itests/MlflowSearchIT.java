package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.ExperimentsPage;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowClientException;
import org.mlflow.tracking.RunsPage;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** runs/search and experiments/search with the real MLflow Java client: filters, order, paging, view types. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MlflowSearchIT extends MlflowClientSupport {

    @Test
    public void searchRunsWithFiltersOrderAndPages() {
        awaitReady();
        MlflowClient client = client();
        String experiment = client.createExperiment("search-" + UUID.randomUUID());
        String adam1 = run(client, experiment, "adam-1", 0.20, "adam", "cv");
        String adam2 = run(client, experiment, "adam-2", 0.35, "adam", "nlp");
        String sgd1 = run(client, experiment, "sgd-1", 0.60, "sgd", "cv");
        String sgd2 = run(client, experiment, "sgd-2", 0.45, "sgd", "nlp");

        // MLflow's own grammar: AND only
        List<RunInfo> adam = client.searchRuns(List.of(experiment), "params.optimizer = 'adam' AND metrics.loss < 0.3");
        assertEquals(List.of(adam1), adam.stream().map(RunInfo::getRunId).toList());
        // and what MLflow lacks: OR and parentheses
        RunsPage page = client.searchRuns(List.of(experiment),
            "(params.optimizer = 'sgd' OR tags.team = 'cv') AND metrics.loss < 0.5", ViewType.ACTIVE_ONLY, 10,
            List.of("metrics.loss DESC"));
        assertEquals(List.of(sgd2, adam1), page.getItems().stream().map(r -> r.getInfo().getRunId()).toList());
        Run first = page.getItems().get(0);
        assertEquals(0.45, first.getData().getMetrics(0).getValue(), 0.0);
        assertTrue(first.getData().getParamsList().contains(Param.newBuilder().setKey("optimizer").setValue("sgd")
            .build()));

        // pages follow next_page_token until the last
        List<String> seen = new ArrayList<>();
        RunsPage part = client.searchRuns(List.of(experiment), "", ViewType.ACTIVE_ONLY, 3,
            List.of("attributes.run_name"));
        part.getItems().forEach(r -> seen.add(r.getInfo().getRunName()));
        assertTrue(part.hasNextPage());
        RunsPage rest = (RunsPage) part.getNextPage();
        rest.getItems().forEach(r -> seen.add(r.getInfo().getRunName()));
        assertFalse(rest.hasNextPage());
        assertEquals(List.of("adam-1", "adam-2", "sgd-1", "sgd-2"), seen);

        // deleted runs only with the matching view type
        client.deleteRun(sgd1);
        assertEquals(3, client.searchRuns(List.of(experiment), "").size());
        assertEquals(List.of(sgd1), client.searchRuns(List.of(experiment), "", ViewType.DELETED_ONLY).stream()
            .map(RunInfo::getRunId).toList());
        assertEquals(4, client.searchRuns(List.of(experiment), "", ViewType.ALL).size());
        assertEquals(adam2, client.searchRuns(List.of(experiment), "tags.team = 'nlp' AND params.optimizer = 'adam'")
            .get(0).getRunId());
    }

    @Test
    public void badFiltersAreMlflowErrors() {
        awaitReady();
        MlflowClient client = client();
        String experiment = client.createExperiment("bad-" + UUID.randomUUID());
        MlflowClientException e = org.junit.Assert.assertThrows(MlflowClientException.class,
            () -> client.searchRuns(List.of(experiment), "params.lr < 0.5"));
        assertTrue(e.getMessage(), e.getMessage().contains("INVALID_PARAMETER_VALUE"));
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/search", "{\"experiment_ids\": [\"" + experiment
            + "\"], \"max_results\": 50001}"));
        assertError(400, "INVALID_PARAMETER_VALUE", post("runs/search", "{\"experiment_ids\": [\"" + experiment
            + "\"], \"run_view_type\": \"SOME\"}"));
        assertError(404, "RESOURCE_DOES_NOT_EXIST", post("runs/search", "{\"experiment_ids\": [\"987654321\"]}"));
    }

    @Test
    public void searchExperimentsByNameAndTags() {
        awaitReady();
        MlflowClient client = client();
        String prefix = "xs-" + UUID.randomUUID().toString().substring(0, 8);
        String a = client.createExperiment(prefix + "-a");
        String b = client.createExperiment(prefix + "-b");
        client.setExperimentTag(b, "owner", "alice");
        ExperimentsPage named = client.searchExperiments("name LIKE '" + prefix + "%'", ViewType.ACTIVE_ONLY, 1,
            List.of("name DESC"));
        assertEquals(List.of(b), named.getItems().stream().map(Experiment::getExperimentId).toList());
        assertEquals(List.of(a), ((ExperimentsPage) named.getNextPage()).getItems().stream().map(Experiment::getExperimentId).toList());
        assertEquals(List.of(b), client.searchExperiments("tags.owner = 'alice' AND name LIKE '" + prefix + "%'")
            .getItems().stream().map(Experiment::getExperimentId).toList());
        client.deleteExperiment(a);
        assertEquals(List.of(a), client.searchExperiments("name LIKE '" + prefix + "%'", ViewType.DELETED_ONLY, 10,
            List.of()).getItems().stream().map(Experiment::getExperimentId).toList());
        assertEquals(2, ok(get("experiments/search?filter=name%20LIKE%20%27" + prefix + "%25%27&view_type=ALL"))
            .get("experiments").size());
    }

    private static String run(MlflowClient client, String experiment, String name, double loss, String optimizer,
                              String team) {
        RunInfo info = client.createRun(org.mlflow.api.proto.Service.CreateRun.newBuilder()
            .setExperimentId(experiment).setRunName(name).build());
        client.logBatch(info.getRunId(), List.of(Metric.newBuilder().setKey("loss").setValue(loss)
            .setTimestamp(1).setStep(1).build()), List.of(Param.newBuilder().setKey("optimizer").setValue(optimizer)
            .build()), List.of(RunTag.newBuilder().setKey("team").setValue(team).build()));
        return info.getRunId();
    }
}
