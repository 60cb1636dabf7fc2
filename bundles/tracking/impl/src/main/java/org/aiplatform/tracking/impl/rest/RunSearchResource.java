package org.aiplatform.tracking.impl.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.RunDetails;
import org.aiplatform.tracking.api.RunQuery;
import org.aiplatform.tracking.api.TrackingSearch;
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

/**
 * {@code POST /api/v1/runs/search}: a root resource of its own beside {@code runs/{id}} (JAX-RS picks the root path
 * with the most literal characters).
 */
@Component(service = RunSearchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("runs/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runs")
public class RunSearchResource {
    private final TrackingService tracking;
    private final TrackingSearch search;

    @Activate
    public RunSearchResource(@Reference TrackingService tracking, @Reference TrackingSearch search) {
        this.tracking = tracking;
        this.search = search;
    }

    /**
     * @param experimentIds the experiments to search, at least one
     * @param filter e.g. {@code metrics.loss < 0.5 AND (params.opt = 'adam' OR tags.team = 'cv')}
     * @param orderBy e.g. {@code ["metrics.loss DESC"]}
     * @param lifecycle active (default), deleted or all
     * @param maxResults page size, 1 to 1000 (default 100)
     * @param pageToken the previous page's next_page_token
     */
    public record RunSearch(List<String> experimentIds, String filter, List<String> orderBy, String lifecycle,
                            Integer maxResults, String pageToken) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search runs of experiments with a filter (AND, OR, NOT, parentheses), order and paging"
        + " (tracking:read in every experiment's project)")
    public Page<RunDetails> search(RunSearch body, @Context SecurityContext security) {
        RunSearch request = Guarded.required(body);
        List<String> experiments = request.experimentIds() == null ? List.of() : request.experimentIds();
        for (String experiment : experiments) {
            Guarded.experiment(tracking, security, experiment, TrackingPermissions.READ);
        }
        return search.searchRuns(new RunQuery(experiments, request.filter(), request.orderBy(),
            Guarded.lifecycle(request.lifecycle()), PageRequest.of(request.maxResults(), request.pageToken())));
    }
}
