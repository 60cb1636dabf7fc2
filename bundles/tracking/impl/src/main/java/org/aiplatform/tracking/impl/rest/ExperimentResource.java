package org.aiplatform.tracking.impl.rest;

import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.TrackingEvents;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.impl.TrackingPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/experiments}: one experiment and its runs; permissions are checked in its project. */
@Component(service = ExperimentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("experiments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experiments")
public class ExperimentResource {
    private final TrackingService tracking;
    private final TrackingEvents events;

    @Activate
    public ExperimentResource(@Reference TrackingService tracking, @Reference TrackingEvents events) {
        this.tracking = tracking;
        this.events = events;
    }

    /**
     * @param name a new name, or null
     * @param description a new description, or null
     * @param tags tags to set; tags not named stay
     */
    public record ExperimentChanges(String name, String description, Map<String, String> tags) {
    }

    /**
     * @param name the run name; the id when absent
     * @param startTime epoch ms; now when absent
     * @param parentRunId the parent of a nested run
     */
    public record NewRun(String name, Long startTime, String parentRunId) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an experiment (tracking:read in its project)")
    public Experiment get(@PathParam("id") String id, @Context SecurityContext security) {
        return Guarded.experiment(tracking, security, id, TrackingPermissions.READ);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, describe or tag an experiment (tracking:write in its project)")
    public Experiment update(@PathParam("id") String id, ExperimentChanges body, @Context SecurityContext security) {
        ExperimentChanges changes = Guarded.required(body);
        Guarded.experiment(tracking, security, id, TrackingPermissions.WRITE);
        return announced(security, TrackingEvents.UPDATED,
            tracking.updateExperiment(id, changes.name(), changes.description(), changes.tags()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Move an experiment to the trash (tracking:admin in its project)")
    public Experiment delete(@PathParam("id") String id, @Context SecurityContext security) {
        Guarded.experiment(tracking, security, id, TrackingPermissions.ADMIN);
        return announced(security, TrackingEvents.DELETED, tracking.setExperimentLifecycle(id, Lifecycle.DELETED));
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an experiment from the trash (tracking:admin in its project)")
    public Experiment restore(@PathParam("id") String id, @Context SecurityContext security) {
        Guarded.experiment(tracking, security, id, TrackingPermissions.ADMIN);
        return announced(security, TrackingEvents.RESTORED, tracking.setExperimentLifecycle(id, Lifecycle.ACTIVE));
    }

    @GET
    @Path("{id}/runs")
    @Operation(summary = "List an experiment's runs, latest start first (tracking:read in its project)")
    public Page<Run> runs(
        @PathParam("id") String id,
        @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("max_results") String maxResults,
        @Parameter(description = "Token from the previous page") @QueryParam("page_token") String pageToken,
        @Parameter(description = "active (default), deleted or all") @QueryParam("lifecycle") String lifecycle,
        @Context SecurityContext security) {
        Lifecycle filter = Guarded.lifecycle(lifecycle);
        PageRequest page = PageRequest.parse(maxResults, pageToken);
        Guarded.experiment(tracking, security, id, TrackingPermissions.READ);
        return tracking.listRuns(id, filter, page);
    }

    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a run (tracking:write in the experiment's project)")
    public Response createRun(@PathParam("id") String id, NewRun body, @Context SecurityContext security,
                              @Context UriInfo uri) {
        NewRun run = body == null ? new NewRun(null, null, null) : body;
        Experiment experiment = Guarded.experiment(tracking, security, id, TrackingPermissions.WRITE);
        long start = run.startTime() == null ? System.currentTimeMillis() : run.startTime();
        Run created = tracking.createRun(id, run.name(), Callers.of(security).user().username(), start,
            run.parentRunId());
        events.run(Callers.of(security).user().id(), TrackingEvents.CREATED, created, experiment.projectId());
        return Response.created(uri.getBaseUriBuilder().path("runs").path(created.id()).build())
            .entity(created).build();
    }

    /** Announces a committed change of an experiment. */
    private Experiment announced(SecurityContext security, String action, Experiment changed) {
        events.experiment(Callers.of(security).user().id(), action, changed);
        return changed;
    }
}
