package org.aiplatform.kernel.api.security;

import java.util.Objects;

/**
 * What a caller presented in its {@code Authorization} header: a bearer token (JWT or API token) or HTTP Basic
 * user and password (MLflow clients). {@link #toString()} never shows the secret.
 *
 * @since 1.0.0
 */
public final class Credentials {
    /** The HTTP authentication scheme. */
    public enum Scheme { BEARER, BASIC }

    private final Scheme scheme;
    private final String username;
    private final String secret;
    private final String remoteAddress;

    private Credentials(Scheme scheme, String username, String secret, String remoteAddress) {
        this.scheme = scheme;
        this.username = username;
        this.secret = Objects.requireNonNull(secret, "secret");
        this.remoteAddress = remoteAddress;
    }

    /**
     * @param token the bearer token
     * @param remoteAddress the client address, for rate limits and audit
     * @return bearer credentials
     */
    public static Credentials bearer(String token, String remoteAddress) {
        return new Credentials(Scheme.BEARER, null, token, remoteAddress);
    }

    /**
     * @param username the user name
     * @param password the password or an API token
     * @param remoteAddress the client address, for rate limits and audit
     * @return basic credentials
     */
    public static Credentials basic(String username, String password, String remoteAddress) {
        return new Credentials(Scheme.BASIC, Objects.requireNonNull(username, "username"), password, remoteAddress);
    }

    /** @return the scheme */
    public Scheme scheme() {
        return scheme;
    }

    /** @return the Basic user name; null for bearer credentials */
    public String username() {
        return username;
    }

    /** @return the bearer token or the Basic password: never log it */
    public String secret() {
        return secret;
    }

    /** @return the client address, may be null */
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public String toString() {
        return "Credentials[" + scheme + (username == null ? "" : " " + username) + " from " + remoteAddress + "]";
    }
}
