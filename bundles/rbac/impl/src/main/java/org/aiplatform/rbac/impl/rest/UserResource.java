package org.aiplatform.rbac.impl.rest;

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

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.rbac.api.Invitation;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserChanges;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.RbacPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/users}: accounts, for administrators ({@code rbac:admin}). Users by id or user name. */
@Component(service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@RequiresPermission(RbacPermissions.RBAC_ADMIN)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "Accounts: sign-up, profile, password, and their administration")
public class UserResource {
    private final UserService users;

    @Activate
    public UserResource(@Reference UserService users) {
        this.users = users;
    }

    /** @param newPassword the temporary password; the user must change it at the next login */
    public record PasswordReset(String newPassword) {
        @Override
        public String toString() {
            return "PasswordReset[]";
        }
    }

    /**
     * @param email who it is for, optional
     * @param role the global role of the account it makes, optional (the default for new accounts)
     */
    public record NewInvitation(String email, String role) {
    }

    @GET
    @Operation(summary = "List accounts by user name")
    public Page<User> list(
        @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("max_results") String maxResults,
        @Parameter(description = "Token from the previous page") @QueryParam("page_token") String pageToken,
        @Parameter(description = "Only user names containing this text, ignoring case") @QueryParam("q") String q) {
        return users.list(q, PageRequest.parse(maxResults, pageToken));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an account (role: admin, developer, viewer or a custom role)")
    public Response create(NewUser user, @Context SecurityContext security, @Context UriInfo uri) {
        User created = users.create(Rest.required(user), Callers.of(security).user().id());
        return Rest.created(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an account (by id or user name)")
    public User get(@PathParam("id") String id) {
        return Subjects.user(users, id);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change display_name, email, role, or status (DISABLED disables the account and ends its "
        + "sessions, ACTIVE enables it)")
    public User update(@PathParam("id") String id, UserChanges changes, @Context SecurityContext security) {
        return users.update(Subjects.user(users, id).id(), Rest.required(changes), Callers.of(security).user().id());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an account with its memberships, grants and tokens")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        users.delete(Subjects.user(users, id).id(), Callers.of(security).user().id());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a temporary password: the account's sessions end and it must change the password "
        + "at its next login")
    public Response resetPassword(@PathParam("id") String id, PasswordReset reset,
                                  @Context SecurityContext security) {
        users.resetPassword(Subjects.user(users, id).id(), Rest.field(Rest.required(reset).newPassword(),
            "new_password"), Callers.of(security).user().id());
        return Response.noContent().build();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone to sign up (signup.policy=invite): the code is shown only in this answer")
    public Response invite(NewInvitation invitation, @Context SecurityContext security) {
        NewInvitation body = Rest.required(invitation);
        Invitation made = users.invite(body.email(), body.role(), Callers.of(security).user().id());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }
}
