package org.aiplatform.tracking.mlflow;

import java.util.ArrayList;
import java.util.HashMap;
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

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.RunDetails;
import org.aiplatform.tracking.api.RunQuery;
import org.aiplatform.tracking.api.TrackingSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST runs/search}: MLflow's run search on the platform's filter language (which also takes OR, NOT and
 * parentheses), with tracking:read checked in every experiment's project.
 */
@Component(service = MlflowRunSearchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/runs")
@Produces(MediaType.APPLICATION_JSON)
public class MlflowRunSearchResource {
    private final MlflowCalls calls;
    private final TrackingSearch search;

    @Activate
    public MlflowRunSearchResource(@Reference MlflowCalls calls, @Reference TrackingSearch search) {
        this.calls = calls;
        this.search = search;
    }

    @POST
    @Path("search")
    public Response search(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        List<String> experimentIds = request.strings("experiment_ids");
        String filter = request.string("filter");
        List<String> orderBy = request.strings("order_by");
        Lifecycle lifecycle = MlflowSearchParams.lifecycle(request, "run_view_type");
        PageRequest page = MlflowSearchParams.page(request);
        MlflowCall call = calls.open(security, headers);
        // the platform's ids for the search, the wire ids ("0" for Default) for the answer
        Map<String, String> wireIds = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (String id : experimentIds) {
            Experiment experiment = call.experiment(id, MlflowRest.READ);
            wireIds.put(experiment.id(), call.experimentId(experiment));
            ids.add(experiment.id());
        }
        ObjectNode out = MlflowJson.object();
        if (ids.isEmpty()) {
            return MlflowJson.ok(out); // MLflow answers an empty list of experiments with no runs
        }
        Page<RunDetails> found = search.searchRuns(new RunQuery(ids, filter, orderBy, lifecycle, page));
        if (!found.items().isEmpty()) {
            ArrayNode runs = out.putArray("runs");
            for (RunDetails run : found.items()) {
                runs.add(MlflowViews.run(MlflowViews.runInfo(run.info(), wireIds.get(run.info().experimentId())),
                    run.latestMetrics(), run.params(), run.tags()));
            }
        }
        if (found.nextPageToken() != null) {
            out.put("next_page_token", found.nextPageToken());
        }
        return MlflowJson.ok(out);
    }
}
