package org.aiplatform.rbac.api;

import java.time.Instant;
import java.util.Set;

/**
 * A personal access token, as listed (never with its secret).
 *
 * @param id the token id
 * @param name what it is for
 * @param userId whose rights it carries
 * @param scopes the permission patterns it is limited to; empty means all of the user's rights
 * @param createdAt when it was made
 * @param expiresAt when it stops working, null for never
 * @param lastUsedAt when it last authenticated a request (to the minute), null before
 * @since 1.0.0
 */
public record ApiToken(String id, String name, String userId, Set<String> scopes, Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt) {
}
