package org.aiplatform.rbac.impl.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserChanges;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/users/me}: the caller's own account. Reading it and changing the password also work for an account
 * that must change its password first, which may do nothing else.
 */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("users/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class MeResource {
    private final UserService users;
    private final RbacCore core;

    @Activate
    public MeResource(@Reference UserService users, @Reference RbacCore core) {
        this.users = users;
        this.core = core;
    }

    /**
     * @param currentPassword the password now
     * @param newPassword the new password
     */
    public record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[]";
        }
    }

    @GET
    @Operation(summary = "The caller's account, with password_change_required")
    public User get(@Context SecurityContext security) {
        return users.get(Callers.of(security).user().id());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's display_name and email (role and status are for administrators)")
    public User update(UserChanges changes, @Context SecurityContext security) {
        String id = Rest.usable(security, core.access()).user().id();
        if (Rest.required(changes).role() != null || changes.status() != null) {
            throw RbacMessages.get().error(ErrorCode.PERMISSION_DENIED, "user.self_change_denied");
        }
        return users.update(id, changes, id);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password (current_password, new_password); this also clears "
        + "password_change_required")
    public Response changePassword(PasswordChange change, @Context SecurityContext security) {
        PasswordChange body = Rest.required(change);
        users.changePassword(Callers.of(security).user().id(), Rest.field(body.currentPassword(),
            "current_password"), Rest.field(body.newPassword(), "new_password"));
        return Response.noContent().build();
    }
}
