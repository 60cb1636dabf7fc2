package org.aiplatform.rbac.api;

/**
 * A partial update of an account: null fields stay as they are.
 *
 * @param displayName the new display name
 * @param email the new e-mail address
 * @param role the new global role (administrators only)
 * @param status disable or enable (administrators only)
 * @since 1.0.0
 */
public record UserChanges(String displayName, String email, String role, UserStatus status) {
}
