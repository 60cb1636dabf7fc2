package org.aiplatform.kernel.api.health;

import java.time.Instant;
import java.util.List;

/**
 * The platform's health: live as soon as it answers, ready when every check is UP and every platform bundle is
 * active with its components satisfied.
 *
 * @param status UP when ready
 * @param ready true when the platform can serve requests
 * @param checkedAt when the report was made
 * @param checks the results of every {@link HealthIndicator}
 * @param bundles the state of every platform bundle
 * @since 1.0.0
 */
public record HealthReport(HealthStatus status, boolean ready, Instant checkedAt, List<HealthResult> checks,
                           List<BundleHealth> bundles) {
}
