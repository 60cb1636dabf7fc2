package org.aiplatform.sdk.testkit;

/**
 * The token realm of tests: configuration PID {@link #PID}, one key per token,
 * {@code token.<secret> = <user> <permission> <permission>@<projectId> ...}; {@code *} grants everything, a
 * {@code @projectId} suffix grants the permission in that project only. HTTP Basic accepts the user name with the
 * token as password. Without this configuration the realm does nothing, so the testkit is harmless elsewhere.
 *
 * @since 1.0.0
 */
public final class TestRealm {
    /** Configuration PID of the realm. */
    public static final String PID = "org.aiplatform.sdk.testkit.auth";
    /** The realm name its Authenticator and Authorizer register with. */
    public static final String REALM = "testkit";
    /** Prefix of the token keys. */
    public static final String TOKEN_PREFIX = "token.";

    private TestRealm() {
    }

    /**
     * @param token the bearer token
     * @return the configuration key for it
     */
    public static String key(String token) {
        return TOKEN_PREFIX + token;
    }
}
