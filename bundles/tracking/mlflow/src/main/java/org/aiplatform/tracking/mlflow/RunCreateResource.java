package org.aiplatform.tracking.mlflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.mlflow.MlflowCall.ExperimentRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * MLflow's runs/create. The run belongs to the authenticated caller (MLflow's deprecated {@code user_id} is
 * ignored; a {@code mlflow.user} tag is kept as sent); {@code run_name} and the {@code mlflow.runName} tag are kept
 * equal; a {@code mlflow.parentRunId} tag names the parent when it is a run of the same experiment. Everything is
 * checked before the run is made, so a refused create (which the Java client retries) leaves nothing behind.
 */
@Component(service = RunCreateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunCreateResource {
    private static final String PARENT_TAG = "mlflow.parentRunId";

    private final MlflowCalls calls;
    private final TrackingService tracking;

    @Activate
    public RunCreateResource(@Reference MlflowCalls calls, @Reference TrackingService tracking) {
        this.calls = calls;
        this.tracking = tracking;
    }

    @POST
    @Path("create")
    public Response create(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String experimentId = request.string("experiment_id");
        Long startTime = request.int64("start_time");
        Map<String, String> tags = MlflowExperimentResource.tags(request);
        tags.keySet().forEach(key -> MlflowLimits.key("tag", key));
        String name = request.string("run_name");
        if (name == null || name.isEmpty()) {
            name = tags.get(RunViews.RUN_NAME_TAG);
        }
        if (name != null) {
            MlflowLimits.runName(name);
        }
        MlflowLimits.tagValues(tags);
        MlflowCall call = calls.open(security, headers);
        Experiment experiment = call.experiment(experimentId == null || experimentId.isEmpty()
            ? MlflowCall.DEFAULT_EXPERIMENT_ID : experimentId, MlflowRest.WRITE);
        Run run = tracking.createRun(experiment.id(), name, call.caller().user().username(),
            startTime == null ? System.currentTimeMillis() : startTime, parent(experiment, tags.get(PARENT_TAG)));
        List<Map.Entry<String, String>> all = new ArrayList<>(RunViews.withName(tags, run.name()).entrySet());
        // the service takes at most MlflowLimits.MAX_BATCH_TAGS tags per batch
        for (int i = 0; i < all.size(); i += MlflowLimits.MAX_BATCH_TAGS) {
            Map<String, String> chunk = new LinkedHashMap<>();
            all.subList(i, Math.min(all.size(), i + MlflowLimits.MAX_BATCH_TAGS))
                .forEach(tag -> chunk.put(tag.getKey(), tag.getValue()));
            tracking.logBatch(run.id(), new LogBatch(null, null, chunk));
        }
        return MlflowJson.ok(MlflowJson.object().set("run",
            RunViews.full(tracking, call, new ExperimentRun(run, experiment))));
    }

    /** @return the parent run id when it names a run of the same experiment, else null (the tag stays) */
    private String parent(Experiment experiment, String parentRunId) {
        if (parentRunId == null) {
            return null;
        }
        try {
            return tracking.getRun(parentRunId).experimentId().equals(experiment.id()) ? parentRunId : null;
        } catch (ApiException e) {
            return null; // not a run we know: MLflow does not check it either
        }
    }
}
