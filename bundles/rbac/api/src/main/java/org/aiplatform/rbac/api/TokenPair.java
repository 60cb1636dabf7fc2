package org.aiplatform.rbac.api;

/**
 * The answer to a login or a refresh, in the OAuth 2 shape.
 *
 * @param accessToken a signed JWT to send as {@code Authorization: Bearer}
 * @param tokenType always {@code bearer}
 * @param expiresIn seconds until the access token expires
 * @param refreshToken an opaque token that gets a new pair once ({@link AuthService#refresh})
 * @since 1.0.0
 */
public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken) {

    @Override
    public String toString() {
        return "TokenPair[expires in " + expiresIn + " s]"; // never the tokens
    }
}
