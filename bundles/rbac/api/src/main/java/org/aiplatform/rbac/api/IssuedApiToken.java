package org.aiplatform.rbac.api;

/**
 * A token just made: the only time its secret is shown.
 *
 * @param token the token's description
 * @param secret the value to send as {@code Authorization: Bearer}, or as the password of HTTP Basic
 * @since 1.0.0
 */
public record IssuedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token + "]";
    }
}
