package org.aiplatform.tracking.mlflow;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.ExperimentQuery;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.TrackingSearch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code experiments/search} (POST as the Java client sends it, and GET): the experiments of readable projects. */
@Component(service = MlflowExperimentSearchResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class MlflowExperimentSearchResource {
    private final MlflowCalls calls;
    private final TrackingSearch search;

    @Activate
    public MlflowExperimentSearchResource(@Reference MlflowCalls calls, @Reference TrackingSearch search) {
        this.calls = calls;
        this.search = search;
    }

    @POST
    @Path("search")
    public Response post(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        return search(MlflowRequest.body(body), security, headers);
    }

    @GET
    @Path("search")
    public Response get(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        return search(MlflowRequest.query(uri.getQueryParameters()), security, headers);
    }

    private Response search(MlflowRequest request, SecurityContext security, HttpHeaders headers) {
        String filter = request.string("filter");
        List<String> orderBy = request.strings("order_by");
        Lifecycle lifecycle = MlflowSearchParams.lifecycle(request, "view_type");
        PageRequest page = MlflowSearchParams.page(request);
        MlflowCall call = calls.open(security, headers);
        ProjectScope readable = call.caller().scope(MlflowRest.READ);
        Page<Experiment> found = search.searchExperiments(new ExperimentQuery(readable.isAll() ? null
            : readable.ids(), filter, orderBy, lifecycle, page));
        ObjectNode out = MlflowJson.object();
        if (!found.items().isEmpty()) {
            ArrayNode experiments = out.putArray("experiments");
            found.items().forEach(e -> experiments.add(MlflowViews.experiment(e, call.experimentId(e))));
        }
        if (found.nextPageToken() != null) {
            out.put("next_page_token", found.nextPageToken());
        }
        return MlflowJson.ok(out);
    }
}
