package org.aiplatform.rbac.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Logins. Failures say nothing about whether the user exists; repeated failures lock the account for a while and
 * too many attempts from one address are refused for a while. Every login, refresh and revocation is audited.
 *
 * @since 1.0.0
 */
@ProviderType
public interface AuthService {

    /**
     * @param username the login name
     * @param password the password
     * @param remoteAddress the client address, for rate limiting and the audit log
     * @return a new access and refresh token
     * @throws org.aiplatform.kernel.api.ApiException UNAUTHENTICATED (any bad or locked credentials),
     *         REQUEST_LIMIT_EXCEEDED (too many attempts from the address)
     */
    TokenPair login(String username, String password, String remoteAddress);

    /**
     * Trades a refresh token for a new pair; the old refresh token stops working. Using a refresh token twice
     * ends its whole session (a sign that it was stolen).
     *
     * @param refreshToken the refresh token
     * @param remoteAddress the client address
     * @return a new pair
     * @throws org.aiplatform.kernel.api.ApiException UNAUTHENTICATED when it is not valid
     */
    TokenPair refresh(String refreshToken, String remoteAddress);

    /**
     * Ends the session of an access or refresh token at once: its access tokens and refresh token stop working.
     *
     * @param token an access token (JWT) or a refresh token
     * @param actor who revokes it
     */
    void revoke(String token, String actor);
}
