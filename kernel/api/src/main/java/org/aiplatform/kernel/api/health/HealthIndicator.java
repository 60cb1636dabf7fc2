package org.aiplatform.kernel.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A readiness check contributed by a bundle (database reachable, schema migrated, GPU library loaded, …). Register
 * it as a service; the platform is ready only when every indicator is UP.
 *
 * @since 1.0.0
 */
@ConsumerType
public interface HealthIndicator {

    /**
     * Runs on each health request: keep it fast (well under a second) and never throw.
     *
     * @return the current result
     */
    HealthResult check();
}
