package org.aiplatform.rbac.impl.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.Public;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/users/register}: self sign-up, as {@code signup.policy} (open, invite, closed) allows. */
@Component(service = SignupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Public
@Path("users/register")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class SignupResource {
    private final UserService users;

    @Activate
    public SignupResource(@Reference UserService users) {
        this.users = users;
    }

    /**
     * @param username the login name
     * @param password the password
     * @param displayName optional
     * @param email optional
     * @param invitationCode the code of an invitation, when sign-up is by invitation
     */
    public record Registration(String username, String password, String displayName, String email,
                               String invitationCode) {
        @Override
        public String toString() {
            return "Registration[" + username + "]";
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up; the account gets the invitation's role or the default role, never one it asks for")
    public Response register(Registration registration, @Context UriInfo uri) {
        Registration r = Rest.required(registration);
        User created = users.register(new NewUser(r.username(), r.password(), r.displayName(), r.email(), null),
            r.invitationCode());
        return Response.created(uri.getBaseUriBuilder().path("users").path(created.id()).build()).entity(created)
            .build();
    }
}
