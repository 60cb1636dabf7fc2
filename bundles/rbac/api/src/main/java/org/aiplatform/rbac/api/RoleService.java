package org.aiplatform.rbac.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aiplatform.kernel.api.security.Permission;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Built-in and custom roles.
 *
 * @since 1.0.0
 */
@ProviderType
public interface RoleService {

    /** @return every role, built-in first */
    List<Role> list();

    /**
     * @param name a role name
     * @return the role, or empty
     */
    Optional<Role> find(String name);

    /**
     * @param name 2 to 50 lower-case letters, digits, {@code -}
     * @param description what it is for
     * @param permissions permission patterns
     * @param actor the administrator
     * @return the role
     */
    Role create(String name, String description, Set<String> permissions, String actor);

    /**
     * @param name a custom role
     * @param description the new description, or null
     * @param permissions the new patterns, or null
     * @param actor the administrator
     * @return the role
     * @throws org.aiplatform.kernel.api.ApiException INVALID_STATE for a built-in role
     */
    Role update(String name, String description, Set<String> permissions, String actor);

    /**
     * @param name a custom role that no user, grant or invitation uses
     * @param actor the administrator
     */
    void delete(String name, String actor);

    /** @return every permission the installed bundles declare */
    List<Permission> permissions();
}
