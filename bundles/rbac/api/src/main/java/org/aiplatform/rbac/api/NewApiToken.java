package org.aiplatform.rbac.api;

import java.util.Set;

/**
 * What a user asks for when making an API token.
 *
 * @param name what it is for, 1 to 100 characters
 * @param scopes permission patterns to limit it to ({@code tracking:*}, {@code projects:read}); empty for all
 * @param expiresInDays days until it expires, 1 to 3650; null for never
 * @since 1.0.0
 */
public record NewApiToken(String name, Set<String> scopes, Integer expiresInDays) {
}
