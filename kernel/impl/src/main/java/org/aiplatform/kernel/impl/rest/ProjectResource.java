package org.aiplatform.kernel.impl.rest;

import java.util.Locale;

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

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectChanges;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.project.ProjectState;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.kernel.api.security.Caller;
import org.aiplatform.kernel.api.security.Permissions;
import org.aiplatform.kernel.impl.KernelMessages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/projects}: HTTP in, {@link ProjectService} call, project out. */
@Component(service = ProjectResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Projects: the container of experiments, datasets, jobs and knowledge bases")
public class ProjectResource {
    private final ProjectService projects;

    @Activate
    public ProjectResource(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @GET
    @Operation(summary = "List the projects the caller can read, ordered by name")
    public Page<Project> list(
        @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("max_results") String maxResults,
        @Parameter(description = "Token from the previous page") @QueryParam("page_token") String pageToken,
        @Parameter(description = "active (default), archived or all") @QueryParam("state") String state,
        @Parameter(description = "Only names containing this text, ignoring case") @QueryParam("q") String q,
        @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        PageRequest page = PageRequest.parse(maxResults, pageToken);
        return projects.list(new ProjectQuery(state(state), q, caller.scope(Permissions.PROJECTS_READ)), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @Operation(summary = "Create a project; the caller becomes its owner")
    public Response create(NewProject project, @Context SecurityContext security, @Context UriInfo uri) {
        Project created = projects.create(required(project), Callers.of(security).user().id());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = Permissions.PROJECTS_READ, projectParam = "id")
    @Operation(summary = "Get a project")
    public Project get(@PathParam("id") String id) {
        return projects.get(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = Permissions.PROJECTS_WRITE, projectParam = "id")
    @Operation(summary = "Rename, describe, archive (state ARCHIVED) or restore (state ACTIVE) a project")
    public Project update(@PathParam("id") String id, ProjectChanges changes, @Context SecurityContext security) {
        return projects.update(id, required(changes), Callers.of(security).user().id());
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(value = Permissions.PROJECTS_ADMIN, projectParam = "id")
    @Operation(summary = "Delete a project and, through its areas, everything in it")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        projects.delete(id, Callers.of(security).user().id());
        return Response.noContent().build();
    }

    private static ProjectState state(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("active")) {
            return ProjectState.ACTIVE;
        }
        if (text.equalsIgnoreCase("all")) {
            return null;
        }
        if (text.equalsIgnoreCase("archived")) {
            return ProjectState.ARCHIVED;
        }
        throw KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "project.state_filter",
            text.toLowerCase(Locale.ROOT));
    }

    /** A JSON {@code null} body reads as null; it is as missing as no body at all. */
    private static <T> T required(T body) {
        if (body == null) {
            throw KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.body_required");
        }
        return body;
    }
}
