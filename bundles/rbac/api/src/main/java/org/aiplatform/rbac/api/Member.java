package org.aiplatform.rbac.api;

import java.time.Instant;

/**
 * A role held in one project by a user or a group.
 *
 * @param type user or group
 * @param id the user or group id
 * @param name the user or group name
 * @param role the role in the project
 * @param grantedAt when it was granted
 * @since 1.0.0
 */
public record Member(SubjectType type, String id, String name, String role, Instant grantedAt) {
}
