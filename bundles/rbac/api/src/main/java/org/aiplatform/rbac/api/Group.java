package org.aiplatform.rbac.api;

import java.time.Instant;

/**
 * A team of users, granted roles in projects as one.
 *
 * @param id the group id
 * @param name the unique name
 * @param description what it is for, may be null
 * @param createdAt when it was made
 * @since 1.0.0
 */
public record Group(String id, String name, String description, Instant createdAt) {
}
