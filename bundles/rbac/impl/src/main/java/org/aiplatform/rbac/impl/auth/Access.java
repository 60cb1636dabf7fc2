package org.aiplatform.rbac.impl.auth;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserStatus;

/**
 * What one user may do: the patterns of the global role, and per project the patterns of the roles granted there
 * to the user or to one of their groups. A disabled user, or one who must first change the password, may do
 * nothing.
 *
 * @param user the account
 * @param global the global role's patterns
 * @param perProject patterns granted per project id
 */
public record Access(User user, Set<String> global, Map<String, Set<String>> perProject) {

    /** @return true when the account may act at all */
    public boolean isUsable() {
        return user.status() == UserStatus.ACTIVE && !user.passwordChangeRequired();
    }

    /**
     * @param permission the permission
     * @param projectId the project, or null for a global action
     * @param scopes a token's scope patterns, empty for none
     * @return true when granted
     */
    public boolean permits(String permission, String projectId, Set<String> scopes) {
        if (!isUsable() || (!scopes.isEmpty() && !Patterns.grants(scopes, permission))) {
            return false;
        }
        return Patterns.grants(global, permission)
            || (projectId != null && Patterns.grants(perProject.getOrDefault(projectId, Set.of()), permission));
    }

    /**
     * @param permission the permission
     * @param scopes a token's scope patterns, empty for none
     * @return the projects where it is granted
     */
    public ProjectScope scope(String permission, Set<String> scopes) {
        if (!isUsable() || (!scopes.isEmpty() && !Patterns.grants(scopes, permission))) {
            return ProjectScope.none();
        }
        if (Patterns.grants(global, permission)) {
            return ProjectScope.all();
        }
        return ProjectScope.of(perProject.entrySet().stream()
            .filter(e -> Patterns.grants(e.getValue(), permission))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet()));
    }
}
