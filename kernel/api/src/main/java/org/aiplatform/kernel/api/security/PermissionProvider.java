package org.aiplatform.kernel.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Declares the permissions a bundle checks. Register one per bundle; the rbac bundle collects them all.
 *
 * @since 1.0.0
 */
@ConsumerType
public interface PermissionProvider {

    /** @return the permissions this bundle checks */
    List<Permission> permissions();
}
