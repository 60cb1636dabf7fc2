package org.aiplatform.kernel.api.project;

/**
 * Lifecycle of a project. An archived project is read-only until restored.
 *
 * @since 1.0.0
 */
public enum ProjectState { ACTIVE, ARCHIVED }
