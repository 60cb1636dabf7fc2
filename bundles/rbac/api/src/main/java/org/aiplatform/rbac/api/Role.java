package org.aiplatform.rbac.api;

import java.util.Set;

/**
 * A named set of permission patterns: {@code area:action}, {@code area:*}, {@code *:action} or {@code *}.
 *
 * @param name the role name
 * @param description what it is for
 * @param permissions the patterns it grants
 * @param builtIn true for {@code admin}, {@code developer} and {@code viewer}, which cannot change
 * @since 1.0.0
 */
public record Role(String name, String description, Set<String> permissions, boolean builtIn) {
    /** Everything, everywhere. */
    public static final String ADMIN = "admin";
    /** Read and write every area. */
    public static final String DEVELOPER = "developer";
    /** Read every area. */
    public static final String VIEWER = "viewer";
}
