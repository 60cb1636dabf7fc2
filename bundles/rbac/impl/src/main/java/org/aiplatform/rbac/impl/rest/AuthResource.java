package org.aiplatform.rbac.impl.rest;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.Public;
import org.aiplatform.rbac.api.AuthService;
import org.aiplatform.rbac.api.TokenPair;
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
 * {@code /api/v1/auth}: logins, refreshes and revocations, in JSON or as OAuth 2 forms. Public: the credentials
 * are in the body. Answers are never cached ({@code Cache-Control: no-store}, RFC 6749 §5.1).
 */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Public
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth", description = "Log in for an access and a refresh token, refresh them, revoke them")
public class AuthResource {
    private final AuthService auth;
    private final ApiTokenServiceImpl apiTokens;

    @Activate
    public AuthResource(@Reference AuthService auth, @Reference ApiTokenServiceImpl apiTokens) {
        this.auth = auth;
        this.apiTokens = apiTokens;
    }

    /**
     * @param username the login name
     * @param password the password
     */
    public record Login(String username, String password) {
        @Override
        public String toString() {
            return "Login[" + username + "]";
        }
    }

    /** @param refreshToken a refresh token */
    public record Refresh(String refreshToken) {
        @Override
        public String toString() {
            return "Refresh[]";
        }
    }

    /**
     * @param token an access, refresh or API token
     * @param tokenTypeHint what it is, optional and not needed (RFC 7009)
     */
    public record Revocation(String token, String tokenTypeHint) {
        @Override
        public String toString() {
            return "Revocation[" + tokenTypeHint + "]";
        }
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with a user name and password: an access token (JWT) and a refresh token; also "
        + "accepts the OAuth 2 form grant_type=password|refresh_token")
    public Response token(Login login, @Context HttpServletRequest request) {
        Rest.required(login);
        return noStore(auth.login(Rest.field(login.username(), "username"), Rest.field(login.password(), "password"),
            request.getRemoteAddr()));
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "OAuth 2 token endpoint: grant_type=password (username, password) or "
        + "grant_type=refresh_token (refresh_token)")
    public Response tokenForm(MultivaluedMap<String, String> form, @Context HttpServletRequest request) {
        TokenGrant grant = TokenGrant.parse(form);
        return noStore(TokenGrant.PASSWORD.equals(grant.type())
            ? auth.login(grant.username(), grant.password(), request.getRemoteAddr())
            : auth.refresh(grant.refreshToken(), request.getRemoteAddr()));
    }

    @POST
    @Path("refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trade a refresh token for a new pair; the old refresh token stops working")
    public Response refresh(Refresh refresh, @Context HttpServletRequest request) {
        return noStore(auth.refresh(Rest.field(Rest.required(refresh).refreshToken(), "refresh_token"),
            request.getRemoteAddr()));
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke an access, refresh or API token at once (RFC 7009: 200 for an unknown token too)")
    public Response revoke(Revocation revocation) {
        return revoked(Rest.field(Rest.required(revocation).token(), "token"));
    }

    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "RFC 7009 revocation as a form: token (and an optional token_type_hint)")
    public Response revokeForm(MultivaluedMap<String, String> form) {
        return revoked(TokenGrant.single(form, "token"));
    }

    private Response revoked(String token) {
        if (token.startsWith(ApiTokenServiceImpl.PREFIX)) {
            apiTokens.revokeSecret(token);
        } else {
            try {
                auth.revoke(token, null);
            } catch (ApiException e) {
                if (e.code() != ErrorCode.RESOURCE_DOES_NOT_EXIST) {
                    throw e;
                }
                // RFC 7009 §2.2: an invalid token is no error; the client cannot do anything about it
            }
        }
        return Response.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static Response noStore(TokenPair pair) {
        return Response.ok(pair).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }
}
