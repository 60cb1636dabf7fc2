package org.aiplatform.kernel.api.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides what an authenticated user may do. Permissions are strings {@code <area>:<action>} (for example
 * {@code projects:read}, {@code tracking:write}) checked globally or in one project. The kernel asks the authorizer
 * of the realm that authenticated the caller ({@link Authenticator#REALM}); with none registered for that realm,
 * protected endpoints answer 503.
 *
 * @since 1.0.0
 */
@ConsumerType
public interface Authorizer {

    /**
     * @param user the caller
     * @param permission the permission string
     * @param projectId the project the action touches, or null for a global action (such as creating a project)
     * @return true when the user holds the permission there
     */
    boolean isPermitted(AuthenticatedUser user, String permission, String projectId);

    /**
     * Lets list endpoints filter in the database instead of checking row by row.
     *
     * @param user the caller
     * @param permission the permission string
     * @return the projects in which the user holds the permission
     */
    ProjectScope projectScope(AuthenticatedUser user, String permission);
}
