package org.aiplatform.tracking.impl.rest;

import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;
import org.aiplatform.tracking.impl.TrackingMessages;
import org.aiplatform.tracking.impl.TrackingPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/models}: one registered model and its aliases; permissions are checked in its project. */
@Component(service = ModelResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class ModelResource {
    private final ModelRegistry registry;

    @Activate
    public ModelResource(@Reference ModelRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param name a new name, unique in the project ignoring case
     * @param description a new description
     * @param tags tags to set; a null value removes the tag; tags not named stay
     */
    public record ModelChanges(String name, String description, Map<String, String> tags) {
    }

    /** @param version the version the alias names */
    public record AliasTarget(Integer version) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a registered model with its tags and aliases (tracking:read in its project)")
    public RegisteredModel get(@PathParam("id") String id, @Context SecurityContext security) {
        return GuardedModels.model(registry, security, id, TrackingPermissions.READ);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, describe or tag a registered model (tracking:write in its project)")
    public RegisteredModel update(@PathParam("id") String id, ModelChanges body, @Context SecurityContext security) {
        ModelChanges changes = Guarded.required(body);
        GuardedModels.model(registry, security, id, TrackingPermissions.WRITE);
        return registry.updateModel(id, changes.name(), changes.description(), changes.tags());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a registered model with all its versions, for good (tracking:admin in its project)")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        GuardedModels.model(registry, security, id, TrackingPermissions.ADMIN);
        registry.deleteModel(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/aliases/{alias}")
    @Operation(summary = "The version an alias names (tracking:read in the model's project)")
    public ModelVersion alias(@PathParam("id") String id, @PathParam("alias") String alias,
                              @Context SecurityContext security) {
        GuardedModels.model(registry, security, id, TrackingPermissions.READ);
        return registry.resolveAlias(id, alias);
    }

    @PUT
    @Path("{id}/aliases/{alias}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Point an alias at a version, moving it if it named another (tracking:write)")
    public ModelVersion setAlias(@PathParam("id") String id, @PathParam("alias") String alias, AliasTarget body,
                                 @Context SecurityContext security) {
        AliasTarget target = Guarded.required(body);
        if (target.version() == null) {
            throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "field.required", "version");
        }
        GuardedModels.model(registry, security, id, TrackingPermissions.WRITE);
        return registry.setAlias(id, alias, target.version());
    }

    @DELETE
    @Path("{id}/aliases/{alias}")
    @Operation(summary = "Remove an alias (tracking:write in the model's project)")
    public Response deleteAlias(@PathParam("id") String id, @PathParam("alias") String alias,
                                @Context SecurityContext security) {
        GuardedModels.model(registry, security, id, TrackingPermissions.WRITE);
        registry.deleteAlias(id, alias);
        return Response.noContent().build();
    }
}
