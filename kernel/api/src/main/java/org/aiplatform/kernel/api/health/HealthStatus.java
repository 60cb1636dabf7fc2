package org.aiplatform.kernel.api.health;

/**
 * State of one check or of the whole platform.
 *
 * @since 1.0.0
 */
public enum HealthStatus { UP, DOWN }
