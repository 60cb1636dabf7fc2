package org.aiplatform.kernel.api.health;

import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one health check.
 *
 * @param name the check name, e.g. {@code database}
 * @param status up or down
 * @param detail a short human explanation, may be null
 * @param data structured facts (versions, counts), may be empty
 * @since 1.0.0
 */
public record HealthResult(String name, HealthStatus status, String detail, Map<String, Object> data) {

    /**
     * @param name the name
     * @param status the status
     * @param detail the detail
     * @param data the data
     */
    public HealthResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /**
     * @param name the check name
     * @param detail the explanation
     * @return an UP result
     */
    public static HealthResult up(String name, String detail) {
        return new HealthResult(name, HealthStatus.UP, detail, Map.of());
    }

    /**
     * @param name the check name
     * @param detail why it is down
     * @return a DOWN result
     */
    public static HealthResult down(String name, String detail) {
        return new HealthResult(name, HealthStatus.DOWN, detail, Map.of());
    }
}
