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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.tracking.api.ModelQuery;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.RegisteredModel;
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

/** {@code /api/v1/projects/{id}/models}: the registered models of a project. */
@Component(service = ProjectModelResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("projects/{id}/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models", description = "Model registry: registered models, versions, stages, aliases and lineage")
public class ProjectModelResource {
    private final ModelRegistry registry;
    private final ProjectService projects;

    @Activate
    public ProjectModelResource(@Reference ModelRegistry registry, @Reference ProjectService projects) {
        this.registry = registry;
        this.projects = projects;
    }

    /**
     * @param name unique in the project, ignoring case
     * @param description optional
     * @param tags optional
     */
    public record NewModel(String name, String description, Map<String, String> tags) {
    }

    @GET
    @RequiresPermission(value = TrackingPermissions.READ, projectParam = "id")
    @Operation(summary = "List a project's registered models by name")
    public Page<RegisteredModel> list(
        @PathParam("id") String projectId,
        @Parameter(description = "Only names containing this text, ignoring case") @QueryParam("q") String query,
        @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("max_results") String maxResults,
        @Parameter(description = "Token from the previous page") @QueryParam("page_token") String pageToken) {
        PageRequest page = PageRequest.parse(maxResults, pageToken);
        projects.get(projectId); // 404 for an unknown project
        String pattern = query == null || query.isBlank() ? null
            : "%" + query.replaceAll("[\\\\%_]", "\\\\$0") + "%"; // the text itself, not a pattern
        return registry.searchModels(new ModelQuery(projectId, null, pattern, true, null, null, null, null), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = TrackingPermissions.WRITE, projectParam = "id")
    @Operation(summary = "Register a model (409 when the project has one of that name, ignoring case)")
    public Response create(@PathParam("id") String projectId, NewModel body, @Context SecurityContext security,
                           @Context UriInfo uri) {
        NewModel model = Guarded.required(body);
        projects.get(projectId); // a model needs a project that exists
        RegisteredModel created = registry.createModel(projectId, model.name(), model.description(), model.tags(),
            Callers.of(security).user().username());
        return Response.created(uri.getBaseUriBuilder().path("models").path(created.id()).build())
            .entity(created).build();
    }
}
