package org.aiplatform.rbac.impl.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.impl.RbacCore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/permissions}: every permission the installed bundles check, for role editors. */
@Component(service = PermissionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("permissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "roles")
public class PermissionResource {
    private final RoleService roles;
    private final RbacCore core;

    @Activate
    public PermissionResource(@Reference RoleService roles, @Reference RbacCore core) {
        this.roles = roles;
        this.core = core;
    }

    @GET
    @Operation(summary = "List every permission declared by the installed bundles, by name")
    public Page<Permission> list(@Context SecurityContext security) {
        Rest.usable(security, core.access());
        return new Page<>(roles.permissions(), null);
    }
}
