package org.aiplatform.tracking.impl.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.ArtifactEntry;
import org.aiplatform.tracking.api.ArtifactInfo;
import org.aiplatform.tracking.api.RunArtifacts;
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

/** {@code /api/v1/runs/{id}/artifacts}: files under a run, streamed up and down; permissions in the run's project. */
@Component(service = RunArtifactResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("runs/{id}/artifacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "artifacts", description = "Files under runs (models, plots, checkpoints)")
public class RunArtifactResource {
    private final TrackingService tracking;
    private final RunArtifacts artifacts;

    @Activate
    public RunArtifactResource(@Reference TrackingService tracking, @Reference RunArtifacts artifacts) {
        this.tracking = tracking;
        this.artifacts = artifacts;
    }

    /**
     * A directory's listing.
     *
     * @param path the listed directory ("" for the run's root)
     * @param files its files and directories, by path
     */
    public record Listing(String path, List<Node> files) {
    }

    /** A file (with size, hash and upload time) or a directory. */
    public record Node(String path, boolean isDir, Long size, String sha256, Long createdAt) {
        static Node of(ArtifactEntry entry) {
            ArtifactInfo f = entry.file();
            return f == null ? new Node(entry.path(), true, null, null, null)
                : new Node(f.path(), false, f.size(), f.sha256(), f.createdAt());
        }
    }

    @PUT
    @Path("{path: .+}")
    @Operation(summary = "Upload a file under the run, streamed; replaces the file at that path "
        + "(tracking:write in its project)")
    public ArtifactInfo put(@PathParam("id") String id, @PathParam("path") String path,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
                            InputStream body, @Context SecurityContext security) {
        Guarded.run(tracking, security, id, TrackingPermissions.WRITE);
        return Uploads.put(artifacts, id, path, body, length);
    }

    @GET
    @Path("{path: .+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of the run, streamed (tracking:read in its project)")
    public Response get(@PathParam("id") String id, @PathParam("path") String path,
                        @Context SecurityContext security) throws IOException {
        Guarded.run(tracking, security, id, TrackingPermissions.READ);
        return Uploads.download(artifacts.open(id, path));
    }

    @GET
    @Operation(summary = "List a directory of the run's files; recursive=true lists the whole tree below it "
        + "(tracking:read in its project)")
    public Listing list(@PathParam("id") String id, @QueryParam("path") @DefaultValue("") String path,
                        @QueryParam("recursive") @DefaultValue("false") boolean recursive,
                        @Context SecurityContext security) {
        Guarded.run(tracking, security, id, TrackingPermissions.READ);
        List<Node> files = artifacts.list(id, path, recursive).stream().map(Node::of).toList();
        return new Listing(path, files);
    }

    @DELETE
    @Path("{path: .+}")
    @Operation(summary = "Delete a file, or a directory with everything below it (tracking:write in its project)")
    public Response delete(@PathParam("id") String id, @PathParam("path") String path,
                           @Context SecurityContext security) {
        Guarded.run(tracking, security, id, TrackingPermissions.WRITE);
        artifacts.delete(id, path);
        return Response.noContent().build();
    }
}
