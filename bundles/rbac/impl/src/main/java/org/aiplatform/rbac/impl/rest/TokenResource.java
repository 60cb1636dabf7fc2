package org.aiplatform.rbac.impl.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.security.Caller;
import org.aiplatform.rbac.api.ApiToken;
import org.aiplatform.rbac.api.IssuedApiToken;
import org.aiplatform.rbac.api.NewApiToken;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.RbacPermissions;
import org.aiplatform.rbac.impl.auth.Patterns;
import org.aiplatform.rbac.impl.service.ApiTokenServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/tokens}: the caller's personal access tokens; administrators see and revoke anyone's. A token
 * limited to scopes can only make tokens within those scopes, so that no token mints a stronger one.
 */
@Component(service = TokenResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tokens", description = "Personal access tokens for scripts and MLflow clients")
public class TokenResource {
    private final ApiTokenServiceImpl tokens;
    private final UserService users;
    private final RbacCore core;

    @Activate
    public TokenResource(@Reference ApiTokenServiceImpl tokens, @Reference UserService users,
                         @Reference RbacCore core) {
        this.tokens = tokens;
        this.users = users;
        this.core = core;
    }

    @GET
    @Operation(summary = "List the caller's valid tokens, newest first (user_id: anyone's, for administrators)")
    public Page<ApiToken> list(
        @Parameter(description = "Whose tokens (id or user name); needs rbac:admin") @QueryParam("user_id")
        String userId, @Context SecurityContext security) {
        Caller caller = Rest.usable(security, core.access());
        String owner = caller.user().id();
        if (userId != null && !userId.equals(owner)) {
            caller.check(RbacPermissions.RBAC_ADMIN, null);
            owner = Subjects.user(users, userId).id();
        }
        return new Page<>(tokens.list(owner), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a token (name, scopes, expires_in_days): its secret is shown only in this answer")
    public Response create(NewApiToken token, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = Rest.usable(security, core.access());
        NewApiToken body = Rest.required(token);
        Set<String> held = caller.user().scopes();
        Set<String> wanted = body.scopes() == null ? Set.of() : body.scopes();
        if (!held.isEmpty() && (wanted.isEmpty() || !wanted.stream().allMatch(s -> Patterns.grants(held, s)))) {
            throw RbacMessages.get().error(ErrorCode.PERMISSION_DENIED, "token.scope_escalation");
        }
        IssuedApiToken issued = tokens.create(caller.user().id(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.token().id()).build()).entity(issued)
            .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token at once: one's own, or anyone's with rbac:admin")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = Rest.usable(security, core.access());
        String me = caller.user().id();
        String owner = tokens.ownerOf(id).orElse(me);
        if (!owner.equals(me) && !caller.isPermitted(RbacPermissions.RBAC_ADMIN, null)) {
            owner = me; // someone else's token looks like no token at all
        }
        tokens.revoke(owner, id, me);
        return Response.noContent().build();
    }
}
