package org.aiplatform.rbac.impl.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.RbacPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/roles}: built-in and custom roles; anyone reads them, administrators change them. */
@Component(service = RoleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "roles", description = "Roles: named sets of permission patterns (area:action, area:*, *:action, *)")
public class RoleResource {
    private final RoleService roles;
    private final RbacCore core;

    @Activate
    public RoleResource(@Reference RoleService roles, @Reference RbacCore core) {
        this.roles = roles;
        this.core = core;
    }

    /**
     * @param name the role name (on creation)
     * @param description what it is for
     * @param permissions its permission patterns
     */
    public record RoleBody(String name, String description, Set<String> permissions) {
    }

    @GET
    @Operation(summary = "List the roles, built-in first")
    public Page<Role> list(@Context SecurityContext security) {
        Rest.usable(security, core.access());
        return new Page<>(roles.list(), null);
    }

    @GET
    @Path("{name}")
    @Operation(summary = "Get a role")
    public Role get(@PathParam("name") String name, @Context SecurityContext security) {
        Rest.usable(security, core.access());
        return roles.find(name).orElseThrow(() -> RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST,
            "role.not_found", name));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(RbacPermissions.RBAC_ADMIN)
    @Operation(summary = "Make a custom role")
    public Response create(RoleBody role, @Context SecurityContext security, @Context UriInfo uri) {
        RoleBody body = Rest.required(role);
        Role created = roles.create(body.name(), body.description(), body.permissions(),
            Callers.of(security).user().id());
        return Rest.created(uri, created.name(), created);
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(RbacPermissions.RBAC_ADMIN)
    @Operation(summary = "Replace a custom role's description and permissions (built-in roles cannot change: 409)")
    public Role update(@PathParam("name") String name, RoleBody role, @Context SecurityContext security) {
        RoleBody body = Rest.required(role);
        if (body.name() != null && !body.name().equals(name)) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "role.rename_denied", name);
        }
        if (body.permissions() == null) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "rest.field_required", "permissions");
        }
        // a PUT replaces: no description clears it
        return roles.update(name, body.description() == null ? "" : body.description(), body.permissions(),
            Callers.of(security).user().id());
    }

    @DELETE
    @Path("{name}")
    @RequiresPermission(RbacPermissions.RBAC_ADMIN)
    @Operation(summary = "Delete a custom role that no account, project member or invitation uses (else 409)")
    public Response delete(@PathParam("name") String name, @Context SecurityContext security) {
        roles.delete(name, Callers.of(security).user().id());
        return Response.noContent().build();
    }
}
