package org.aiplatform.rbac.impl.rest;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.rbac.api.AuthService;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.service.ApiTokenServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/auth/logout}: ends the caller's login session. The kernel's caller carries no session id, so the
 * session is the one of the access token the request presents.
 */
@Component(service = LogoutResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("auth/logout")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class LogoutResource {
    private static final String BEARER = "bearer ";

    private final AuthService auth;

    @Activate
    public LogoutResource(@Reference AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Operation(summary = "End the login session of the access token sent: its access and refresh tokens stop "
        + "working at once")
    public Response logout(@Context HttpHeaders headers, @Context SecurityContext security) {
        String caller = Callers.of(security).user().id();
        String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? header.substring(BEARER.length()).trim() : "";
        if (!"jwt".equals(Callers.of(security).user().authMethod()) || token.isEmpty()
            || token.startsWith(ApiTokenServiceImpl.PREFIX)) {
            throw RbacMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "auth.logout_needs_session");
        }
        auth.revoke(token, caller);
        return Response.noContent().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
