package org.aiplatform.kernel.api.security;

/**
 * The kernel's own permission strings.
 *
 * @since 1.0.0
 */
public final class Permissions {
    /** See projects and their settings. */
    public static final String PROJECTS_READ = "projects:read";
    /** Create projects (global) and edit, archive and restore them (per project). */
    public static final String PROJECTS_WRITE = "projects:write";
    /** Delete projects. */
    public static final String PROJECTS_ADMIN = "projects:admin";

    private Permissions() {
    }
}
