package org.aiplatform.tracking.api;

/**
 * Whether an experiment or run is live or in the trash (restorable).
 *
 * @since 1.0.0
 */
public enum Lifecycle {
    ACTIVE, DELETED
}
