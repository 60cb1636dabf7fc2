package org.aiplatform.tracking.mlflow;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.tracking.api.RunArtifacts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * MLflow's artifacts/list (tracking:read in the run's project): the direct children of a directory of the run, with
 * paths relative to the run's artifact root, and that root as {@code root_uri}. One page holds everything.
 */
@Component(service = MlflowArtifactListResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/artifacts")
@Produces(MediaType.APPLICATION_JSON)
public class MlflowArtifactListResource {
    private final MlflowCalls calls;
    private final RunArtifacts artifacts;

    @Activate
    public MlflowArtifactListResource(@Reference MlflowCalls calls, @Reference RunArtifacts artifacts) {
        this.calls = calls;
        this.artifacts = artifacts;
    }

    @GET
    @Path("list")
    public Response list(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        String runId = request.runId();
        String path = request.string("path");
        MlflowCall call = calls.open(security, headers);
        MlflowCall.ExperimentRun found = call.run(runId, MlflowRest.READ);
        ObjectNode out = ArtifactViews.files(artifacts.list(runId, path, false), 0);
        out.put("root_uri", MlflowViews.artifactUri(call.experimentId(found.experiment()), runId));
        return MlflowJson.ok(out);
    }
}
