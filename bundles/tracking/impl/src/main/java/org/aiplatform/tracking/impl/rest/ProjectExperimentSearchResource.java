package org.aiplatform.tracking.impl.rest;

import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.ExperimentQuery;
import org.aiplatform.tracking.api.TrackingSearch;
import org.aiplatform.tracking.impl.TrackingPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/v1/projects/{id}/experiments/search}: a project's experiments by name, tags and times. */
@Component(service = ProjectExperimentSearchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("projects/{id}/experiments/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experiments")
public class ProjectExperimentSearchResource {
    private final TrackingSearch search;
    private final ProjectService projects;

    @Activate
    public ProjectExperimentSearchResource(@Reference TrackingSearch search, @Reference ProjectService projects) {
        this.search = search;
        this.projects = projects;
    }

    /**
     * @param filter e.g. {@code name LIKE 'lr-%' OR tags.owner = 'alice'}
     * @param orderBy e.g. {@code ["name"]}, {@code ["last_update_time DESC"]}
     * @param lifecycle active (default), deleted or all
     * @param maxResults page size, 1 to 1000 (default 100)
     * @param pageToken the previous page's next_page_token
     */
    public record ExperimentSearch(String filter, List<String> orderBy, String lifecycle, Integer maxResults,
                                   String pageToken) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = TrackingPermissions.READ, projectParam = "id")
    @Operation(summary = "Search a project's experiments with a filter over name, tags and times")
    public Page<Experiment> search(@PathParam("id") String projectId, ExperimentSearch body) {
        ExperimentSearch request = Guarded.required(body);
        projects.get(projectId); // 404 for an unknown project
        return search.searchExperiments(new ExperimentQuery(Set.of(projectId), request.filter(), request.orderBy(),
            Guarded.lifecycle(request.lifecycle()), PageRequest.of(request.maxResults(), request.pageToken())));
    }
}
