package org.aiplatform.tracking.impl.rest;

import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.tracking.api.Experiment;
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

/**
 * {@code /api/v1/projects/{id}/experiments}: a root resource of its own beside the kernel's {@code projects}
 * (JAX-RS picks the root path with the most literal characters).
 */
@Component(service = ProjectExperimentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("projects/{id}/experiments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experiments", description = "Experiments: named groups of runs in a project")
public class ProjectExperimentResource {
    private final TrackingService tracking;
    private final ProjectService projects;
    private final TrackingEvents events;

    @Activate
    public ProjectExperimentResource(@Reference TrackingService tracking, @Reference ProjectService projects,
                                     @Reference TrackingEvents events) {
        this.tracking = tracking;
        this.projects = projects;
        this.events = events;
    }

    /**
     * @param name unique in the project
     * @param description optional
     * @param tags optional
     */
    public record NewExperiment(String name, String description, Map<String, String> tags) {
    }

    @GET
    @RequiresPermission(value = TrackingPermissions.READ, projectParam = "id")
    @Operation(summary = "List a project's experiments, oldest first")
    public Page<Experiment> list(
        @PathParam("id") String projectId,
        @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("max_results") String maxResults,
        @Parameter(description = "Token from the previous page") @QueryParam("page_token") String pageToken,
        @Parameter(description = "active (default), deleted or all") @QueryParam("lifecycle") String lifecycle) {
        projects.get(projectId); // 404 for an unknown project
        return tracking.listExperiments(projectId, Guarded.lifecycle(lifecycle),
            PageRequest.parse(maxResults, pageToken));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = TrackingPermissions.WRITE, projectParam = "id")
    @Operation(summary = "Create an experiment (409 when the project has one of that name)")
    public Response create(@PathParam("id") String projectId, NewExperiment body, @Context UriInfo uri,
                           @Context SecurityContext security) {
        NewExperiment experiment = Guarded.required(body);
        projects.get(projectId); // an experiment needs a project that exists
        Experiment created = tracking.createExperiment(projectId, experiment.name(), experiment.description(),
            experiment.tags());
        events.experiment(Callers.of(security).user().id(), TrackingEvents.CREATED, created);
        return Response.created(uri.getBaseUriBuilder().path("experiments").path(created.id()).build())
            .entity(created).build();
    }
}
