package org.aiplatform.kernel.api.security;

import java.security.Principal;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The authenticated caller of the current request, with its permission checks bound to the active {@link
 * Authorizer}. The REST layer hands it out as the request's {@code SecurityContext} principal.
 *
 * @since 1.0.0
 */
@ProviderType
public interface Caller extends Principal {

    /** @return the authenticated user */
    AuthenticatedUser user();

    /**
     * @param permission the permission string
     * @param projectId the project, or null for a global action
     * @return true when the caller holds the permission there
     */
    boolean isPermitted(String permission, String projectId);

    /**
     * @param permission the permission string
     * @param projectId the project, or null for a global action
     * @throws org.aiplatform.kernel.api.ApiException PERMISSION_DENIED when the caller lacks it
     */
    void check(String permission, String projectId);

    /**
     * @param permission the permission string
     * @return the projects in which the caller holds it
     */
    ProjectScope scope(String permission);

    @Override
    default String getName() {
        return user().username();
    }
}
