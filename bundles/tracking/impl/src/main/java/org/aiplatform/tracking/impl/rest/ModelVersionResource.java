package org.aiplatform.tracking.impl.rest;

import java.util.List;
import java.util.Map;

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
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelStage;
import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.NewModelVersion;
import org.aiplatform.tracking.api.RunInput;
import org.aiplatform.tracking.api.RunInputs;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.impl.TrackingMessages;
import org.aiplatform.tracking.impl.TrackingPermissions;
import org.aiplatform.tracking.impl.rest.RunResource.RunView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/models/{id}/versions}: a model's versions, their stages and lineage. */
@Component(service = ModelVersionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("models/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class ModelVersionResource {
    private final ModelRegistry registry;
    private final TrackingService tracking;
    private final RunInputs inputs;

    @Activate
    public ModelVersionResource(@Reference ModelRegistry registry, @Reference TrackingService tracking,
                                @Reference RunInputs inputs) {
        this.registry = registry;
        this.tracking = tracking;
        this.inputs = inputs;
    }

    /**
     * @param description a new description
     * @param tags tags to set; a null value removes the tag
     * @param stage a new stage: None, Staging, Production or Archived
     * @param archiveExistingVersions with stage Staging or Production: archive the versions now in it
     */
    public record VersionChanges(String description, Map<String, String> tags, String stage,
                                 Boolean archiveExistingVersions) {
    }

    /**
     * Where a version came from.
     *
     * @param version the version
     * @param run the run that produced it, with its params and latest metrics, or null
     * @param inputs the dataset versions that run used
     */
    public record Lineage(ModelVersion version, RunView run, List<RunInput> inputs) {
    }

    @GET
    @Operation(summary = "List a model's versions, newest first (tracking:read in its project)")
    public Page<ModelVersion> list(
        @PathParam("id") String id,
        @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("max_results") String maxResults,
        @Parameter(description = "Token from the previous page") @QueryParam("page_token") String pageToken,
        @Context SecurityContext security) {
        PageRequest page = PageRequest.parse(maxResults, pageToken);
        GuardedModels.model(registry, security, id, TrackingPermissions.READ);
        return registry.listVersions(id, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the next version from an artifact, optionally of a run in the model's project"
        + " (tracking:write)")
    public Response create(@PathParam("id") String id, NewModelVersion body, @Context SecurityContext security,
                           @Context UriInfo uri) {
        NewModelVersion version = Guarded.required(body);
        GuardedModels.model(registry, security, id, TrackingPermissions.WRITE);
        ModelVersion created = registry.createVersion(id, version, Callers.of(security).user().username());
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.version())).build())
            .entity(created).build();
    }

    @GET
    @Path("{version}")
    @Operation(summary = "Get a model version (tracking:read in the model's project)")
    public ModelVersion get(@PathParam("id") String id, @PathParam("version") String version,
                            @Context SecurityContext security) {
        int number = GuardedModels.version(version);
        GuardedModels.model(registry, security, id, TrackingPermissions.READ);
        return registry.getVersion(id, number);
    }

    @PATCH
    @Path("{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe or tag a version, or move it to another stage (tracking:write)")
    public ModelVersion update(@PathParam("id") String id, @PathParam("version") String version,
                               VersionChanges body, @Context SecurityContext security) {
        VersionChanges changes = Guarded.required(body);
        int number = GuardedModels.version(version);
        ModelStage stage = changes.stage() == null ? null : ModelStage.parse(changes.stage()).orElseThrow(
            () -> TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "model.stage_invalid",
                changes.stage()));
        boolean archive = Boolean.TRUE.equals(changes.archiveExistingVersions());
        if (archive && stage != ModelStage.STAGING && stage != ModelStage.PRODUCTION) { // checked before any write
            throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "model.archive_stage",
                String.valueOf(changes.stage()));
        }
        GuardedModels.model(registry, security, id, TrackingPermissions.WRITE);
        ModelVersion changed = registry.updateVersion(id, number, changes.description(), changes.tags());
        return stage == null ? changed : registry.transitionStage(id, number, stage, archive);
    }

    @DELETE
    @Path("{version}")
    @Operation(summary = "Delete a version and the aliases naming it; its number is not reused (tracking:write)")
    public Response delete(@PathParam("id") String id, @PathParam("version") String version,
                           @Context SecurityContext security) {
        int number = GuardedModels.version(version);
        GuardedModels.model(registry, security, id, TrackingPermissions.WRITE);
        registry.deleteVersion(id, number);
        return Response.noContent().build();
    }

    @GET
    @Path("{version}/lineage")
    @Operation(summary = "Where a version came from: its run (params, latest metrics) and the datasets that run"
        + " used (tracking:read)")
    public Lineage lineage(@PathParam("id") String id, @PathParam("version") String version,
                           @Context SecurityContext security) {
        int number = GuardedModels.version(version);
        GuardedModels.model(registry, security, id, TrackingPermissions.READ);
        ModelVersion v = registry.getVersion(id, number);
        if (v.runId() == null) {
            return new Lineage(v, null, List.of());
        }
        // the run is in the model's project (checked when the version was made), so no second permission check
        RunView run = new RunView(tracking.getRun(v.runId()), tracking.params(v.runId()), tracking.tags(v.runId()),
            tracking.latestMetrics(v.runId()));
        return new Lineage(v, run, inputs.inputs(v.runId()));
    }
}
