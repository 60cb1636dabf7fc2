package org.aiplatform.kernel.api.health;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs the health checks.
 *
 * @since 1.0.0
 */
@ProviderType
public interface HealthService {

    /** @return a fresh report */
    HealthReport report();
}
