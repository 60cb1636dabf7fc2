package org.aiplatform.tracking.impl.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.DatasetInput;
import org.aiplatform.tracking.api.RunInput;
import org.aiplatform.tracking.api.RunInputs;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.impl.TrackingPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/runs/{id}/inputs}: the dataset versions a run used. */
@Component(service = RunInputResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("runs/{id}/inputs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public class RunInputResource {
    private final TrackingService tracking;
    private final RunInputs inputs;

    @Activate
    public RunInputResource(@Reference TrackingService tracking, @Reference RunInputs inputs) {
        this.tracking = tracking;
        this.inputs = inputs;
    }

    /** @param datasets what the run used, at most 1000 */
    public record LoggedInputs(List<DatasetInput> datasets) {
    }

    @GET
    @Operation(summary = "The dataset versions a run used, in the order recorded (tracking:read in its project)")
    public List<RunInput> list(@PathParam("id") String id, @Context SecurityContext security) {
        Guarded.run(tracking, security, id, TrackingPermissions.READ);
        return inputs.inputs(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record dataset versions a run used; one already recorded (name, digest, context) stays"
        + " once (tracking:write)")
    public List<RunInput> log(@PathParam("id") String id, LoggedInputs body, @Context SecurityContext security) {
        LoggedInputs logged = Guarded.required(body);
        Guarded.run(tracking, security, id, TrackingPermissions.WRITE);
        inputs.logInputs(id, logged.datasets());
        return inputs.inputs(id);
    }
}
