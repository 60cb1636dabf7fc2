package org.aiplatform.tracking.mlflow;

import java.util.LinkedHashMap;
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
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.TrackingOperations;
import org.aiplatform.tracking.api.TrackingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * MLflow's experiment calls (create, get, get-by-name, update, delete, restore, set-experiment-tag). New
 * experiments go to the request's project; reads and changes by id check the experiment's own project. Deleting
 * and restoring need tracking:admin, as on the native API, and move the experiment's runs too, as MLflow does.
 */
@Component(service = MlflowExperimentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class MlflowExperimentResource {
    private final MlflowCalls calls;
    private final TrackingService tracking;
    private final TrackingOperations operations;

    @Activate
    public MlflowExperimentResource(@Reference MlflowCalls calls, @Reference TrackingService tracking,
                              @Reference TrackingOperations operations) {
        this.calls = calls;
        this.tracking = tracking;
        this.operations = operations;
    }

    @POST
    @Path("create")
    public Response create(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String name = request.requiredString("name");
        Map<String, String> tags = tags(request);
        MlflowCall call = calls.open(security, headers);
        call.caller().check(MlflowRest.WRITE, call.projectId());
        Experiment created = tracking.createExperiment(call.projectId(), name, null, tags);
        return MlflowJson.ok(MlflowJson.object().put("experiment_id", call.experimentId(created)));
    }

    @GET
    @Path("get")
    public Response get(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        MlflowCall call = calls.open(security, headers);
        return answer(call, call.experiment(request.requiredString("experiment_id"), MlflowRest.READ));
    }

    @GET
    @Path("get-by-name")
    public Response getByName(@Context UriInfo uri, @Context SecurityContext security,
                              @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        MlflowCall call = calls.open(security, headers);
        return answer(call, call.experimentByName(request.requiredString("experiment_name"), MlflowRest.READ));
    }

    @POST
    @Path("update")
    public Response update(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String id = request.requiredString("experiment_id");
        String newName = request.string("new_name");
        Experiment experiment = active(calls.open(security, headers).experiment(id, MlflowRest.WRITE));
        if (newName != null) {
            tracking.updateExperiment(experiment.id(), newName, null, null);
        }
        return MlflowJson.empty();
    }

    /** delete and restore: MLflow's trash. */
    @POST
    @Path("{action: delete|restore}")
    public Response moveTo(@PathParam("action") String action, String body, @Context SecurityContext security,
                           @Context HttpHeaders headers) {
        Lifecycle lifecycle = "delete".equals(action) ? Lifecycle.DELETED : Lifecycle.ACTIVE;
        String id = MlflowRequest.body(body).requiredString("experiment_id");
        Experiment experiment = calls.open(security, headers).experiment(id, MlflowRest.ADMIN);
        operations.setExperimentLifecycleWithRuns(experiment.id(), lifecycle);
        return MlflowJson.empty();
    }

    @POST
    @Path("set-experiment-tag")
    public Response setTag(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String id = request.requiredString("experiment_id");
        String key = request.requiredString("key");
        String value = request.requiredString("value");
        Experiment experiment = active(calls.open(security, headers).experiment(id, MlflowRest.WRITE));
        tracking.updateExperiment(experiment.id(), null, null, Map.of(key, value));
        return MlflowJson.empty();
    }


    private static Response answer(MlflowCall call, Experiment experiment) {
        return MlflowJson.ok(MlflowJson.object().set("experiment",
            MlflowViews.experiment(experiment, call.experimentId(experiment))));
    }

    /** MLflow refuses to change a deleted experiment. */
    private static Experiment active(Experiment experiment) {
        if (experiment.lifecycle() != Lifecycle.ACTIVE) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "experiment.not_active",
                experiment.id());
        }
        return experiment;
    }

    /** @return the {@code tags[]{key, value}} of a request; a key given twice is refused */
    static Map<String, String> tags(MlflowRequest request) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (MlflowRequest tag : request.objects("tags")) {
            String key = tag.requiredString("key");
            if (tags.put(key, tag.requiredString("value")) != null) {
                throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "request.duplicate_key", "tags",
                    key);
            }
        }
        return tags;
    }
}
