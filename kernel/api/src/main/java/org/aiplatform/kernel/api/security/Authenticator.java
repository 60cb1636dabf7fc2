package org.aiplatform.kernel.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Recognises callers. Register as a service; the kernel asks each one (highest {@code service.ranking} first) and
 * uses the first answer. With no authenticator registered, every protected endpoint answers 503.
 *
 * <p>An authenticator belongs to a realm, named by the service property {@link #REALM} (default
 * {@value #DEFAULT_REALM}); the callers it recognises are authorized by the {@link Authorizer} of the same realm,
 * so that several realms (platform accounts, a directory, a test realm) can live side by side.
 *
 * @since 1.0.0
 */
@ConsumerType
public interface Authenticator {
    /** Service property of authenticators and authorizers: the realm they belong to. */
    String REALM = "aiplatform.realm";
    /** The realm of services that do not name one. */
    String DEFAULT_REALM = "default";

    /**
     * Must be fast and side-effect free apart from audit and rate limiting; never log the secret.
     *
     * @param credentials what the caller presented
     * @return the caller, or empty when these credentials are not valid here (the next authenticator is asked;
     *         when none knows them the request gets 401)
     */
    Optional<AuthenticatedUser> authenticate(Credentials credentials);
}
