package org.aiplatform.kernel.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Recognises callers. Register as a service; the kernel asks each one (highest {@code service.ranking} first) and
 * uses the first answer. With no authenticator registered, every protected endpoint answers 503.
 *
 * @since 1.0.0
 */
@ConsumerType
public interface Authenticator {

    /**
     * Must be fast and side-effect free apart from audit and rate limiting; never log the secret.
     *
     * @param credentials what the caller presented
     * @return the caller, or empty when these credentials are not valid here (the request then gets 401)
     */
    Optional<AuthenticatedUser> authenticate(Credentials credentials);
}
