package org.aiplatform.kernel.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who a request runs as, once an {@link Authenticator} recognised its credentials.
 *
 * @param id the stable user id (audit and ownership use it)
 * @param username the login name
 * @param authMethod how the user proved it: {@code jwt}, {@code token}, {@code basic}, {@code console}, …
 * @param scopes the permissions a scoped API token is restricted to; empty means the user's full rights
 * @since 1.0.0
 */
public record AuthenticatedUser(String id, String username, String authMethod, Set<String> scopes) {

    /**
     * @param id the user id
     * @param username the login name
     * @param authMethod the authentication method
     * @param scopes the token scopes, empty for none
     */
    public AuthenticatedUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
