package org.aiplatform.tracking.mlflow;

import java.util.Locale;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.RunChanges;
import org.aiplatform.tracking.api.RunStatus;
import org.aiplatform.tracking.api.TrackingOperations;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.mlflow.MlflowCall.ExperimentRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * MLflow's run calls: get, update, delete, restore, set-tag, delete-tag (create is {@link RunCreateResource},
 * logging {@link RunLoggingResource}). Every call checks tracking:read or tracking:write in the run's project; a
 * deleted run can be read and restored, not changed.
 */
@Component(service = MlflowRunResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/runs")
@Produces(MediaType.APPLICATION_JSON)
public class MlflowRunResource {
    private final MlflowCalls calls;
    private final TrackingService tracking;
    private final TrackingOperations operations;

    @Activate
    public MlflowRunResource(@Reference MlflowCalls calls, @Reference TrackingService tracking,
                       @Reference TrackingOperations operations) {
        this.calls = calls;
        this.tracking = tracking;
        this.operations = operations;
    }

    @GET
    @Path("get")
    public Response get(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        MlflowCall call = calls.open(security, headers);
        ExperimentRun found = call.run(request.runId(), MlflowRest.READ);
        return MlflowJson.ok(MlflowJson.object().set("run", RunViews.full(tracking, call, found)));
    }

    @POST
    @Path("update")
    public Response update(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String runId = request.runId();
        RunStatus status = status(request.string("status"));
        Long endTime = request.int64("end_time");
        String name = request.string("run_name");
        MlflowCall call = calls.open(security, headers);
        ExperimentRun found = active(call.run(runId, MlflowRest.WRITE));
        Run updated = tracking.updateRun(runId, new RunChanges(name, status, endTime));
        if (name != null) {
            tracking.logBatch(runId, new LogBatch(null, null, Map.of(RunViews.RUN_NAME_TAG, name)));
        }
        return MlflowJson.ok(MlflowJson.object().set("run_info",
            MlflowViews.runInfo(updated, call.experimentId(found.experiment()))));
    }

    /** delete and restore: MLflow's trash. */
    @POST
    @Path("{action: delete|restore}")
    public Response moveTo(@PathParam("action") String action, String body, @Context SecurityContext security,
                           @Context HttpHeaders headers) {
        Lifecycle lifecycle = "delete".equals(action) ? Lifecycle.DELETED : Lifecycle.ACTIVE;
        String runId = MlflowRequest.body(body).runId();
        calls.open(security, headers).run(runId, MlflowRest.WRITE);
        tracking.setRunLifecycle(runId, lifecycle);
        return MlflowJson.empty();
    }

    @POST
    @Path("set-tag")
    public Response setTag(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String runId = request.runId();
        String key = MlflowLimits.key("tag", request.requiredString("key"));
        String value = request.requiredString("value");
        calls.open(security, headers).run(runId, MlflowRest.WRITE);
        RunViews.logSyncingName(tracking, runId, new LogBatch(null, null, Map.of(key, value)));
        return MlflowJson.empty();
    }

    @POST
    @Path("delete-tag")
    public Response deleteTag(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String runId = request.runId();
        String key = request.requiredString("key");
        active(calls.open(security, headers).run(runId, MlflowRest.WRITE));
        operations.deleteRunTag(runId, key);
        return MlflowJson.empty();
    }


    /** MLflow changes only active runs: "The run ... must be in the 'active' state". */
    static ExperimentRun active(ExperimentRun found) {
        if (found.run().lifecycle() != Lifecycle.ACTIVE) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "run.not_active",
                found.run().id());
        }
        return found;
    }

    /** @return the status by name or by its protobuf number, or null when absent */
    static RunStatus status(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        RunStatus[] all = RunStatus.values();
        if (text.matches("[1-5]")) {
            return all[Integer.parseInt(text) - 1]; // RUNNING = 1 ... KILLED = 5, in the enum's order
        }
        try {
            return RunStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "run.bad_status", text);
        }
    }
}
