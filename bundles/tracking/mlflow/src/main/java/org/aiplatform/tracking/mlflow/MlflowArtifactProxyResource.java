package org.aiplatform.tracking.mlflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.tracking.api.ArtifactContent;
import org.aiplatform.tracking.api.RunArtifacts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * MLflow's artifact proxy, as MLflow's Python client calls it for a run whose {@code artifact_uri} is
 * {@code mlflow-artifacts:/<experiment_id>/<run_id>/artifacts}: download, upload (raw body) and delete at
 * {@code artifacts/<experiment_id>/<run_id>/artifacts/<path>}, and a directory listing at
 * {@code artifacts?path=<experiment_id>/<run_id>/artifacts[/<dir>]}. Permissions are checked in the run's project.
 */
@Component(service = MlflowArtifactProxyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow-artifacts/artifacts")
@Produces(MediaType.APPLICATION_JSON)
public class MlflowArtifactProxyResource {
    private static final Pattern RUN_PATH = Pattern.compile("([^/]+)/([^/]+)/artifacts(?:/(.*))?");

    private final MlflowCalls calls;
    private final RunArtifacts artifacts;

    @Activate
    public MlflowArtifactProxyResource(@Reference MlflowCalls calls, @Reference RunArtifacts artifacts) {
        this.calls = calls;
        this.artifacts = artifacts;
    }

    @GET
    public Response list(@QueryParam("path") String path, @Context SecurityContext security,
                         @Context HttpHeaders headers) {
        Matcher m = RUN_PATH.matcher(path == null ? "" : path);
        if (!m.matches()) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "artifact.proxy_path",
                String.valueOf(path));
        }
        String runId = run(m.group(1), m.group(2), MlflowRest.READ, security, headers);
        String dir = m.group(3) == null ? "" : m.group(3);
        return MlflowJson.ok(ArtifactViews.files(artifacts.list(runId, dir, false), dir.isEmpty() ? 0
            : dir.length() + 1));
    }

    @GET
    @Path("{experiment}/{run}/artifacts/{path: .+}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("experiment") String experiment, @PathParam("run") String run,
                             @PathParam("path") String path, @Context SecurityContext security,
                             @Context HttpHeaders headers) throws IOException {
        ArtifactContent content = artifacts.open(run(experiment, run, MlflowRest.READ, security, headers), path);
        StreamingOutput body = out -> {
            try (content) {
                content.stream().transferTo(out);
            }
        };
        return Response.ok(body, content.mediaType())
            .header(HttpHeaders.CONTENT_LENGTH, content.info().size())
            .header("X-Content-Type-Options", "nosniff") // an uploaded page must not run in the API's origin
            .header("Content-Security-Policy", "sandbox")
            .build();
    }

    @PUT
    @Path("{experiment}/{run}/artifacts/{path: .+}")
    public Response upload(@PathParam("experiment") String experiment, @PathParam("run") String run,
                           @PathParam("path") String path,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
                           InputStream body, @Context SecurityContext security, @Context HttpHeaders headers) {
        String runId = run(experiment, run, MlflowRest.WRITE, security, headers);
        try {
            artifacts.put(runId, path, body, length);
        } catch (IOException e) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "artifact.incomplete",
                e.getMessage());
        }
        return MlflowJson.empty();
    }

    @DELETE
    @Path("{experiment}/{run}/artifacts/{path: .+}")
    public Response delete(@PathParam("experiment") String experiment, @PathParam("run") String run,
                           @PathParam("path") String path, @Context SecurityContext security,
                           @Context HttpHeaders headers) {
        artifacts.delete(run(experiment, run, MlflowRest.WRITE, security, headers), path);
        return MlflowJson.empty();
    }

    /** @return the run id, once the caller's permission in its project is checked and the experiment matches */
    private String run(String experimentId, String runId, String permission, SecurityContext security,
                       HttpHeaders headers) {
        MlflowCall call = calls.open(security, headers);
        MlflowCall.ExperimentRun found = call.run(runId, permission);
        // the URI carries the wire id ("0" for the Default experiment); the real id is accepted too
        if (!experimentId.equals(call.experimentId(found.experiment()))
            && !experimentId.equals(found.experiment().id())) {
            throw MlflowMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "artifact.proxy_experiment",
                runId, experimentId);
        }
        return runId;
    }
}
