package org.aiplatform.rbac.api;

import java.time.Instant;

/**
 * A platform account. Never carries the password or its hash.
 *
 * @param id the stable id
 * @param username the login name, unique ignoring case
 * @param displayName the name shown to others, may be null
 * @param email the e-mail address, may be null
 * @param role the global role, which applies everywhere, in every project
 * @param status active or disabled
 * @param passwordChangeRequired true until the user sets a password of their own (bootstrap admin, resets)
 * @param createdAt when the account was made
 * @param lastLoginAt the last successful login, null before the first
 * @since 1.0.0
 */
public record User(String id, String username, String displayName, String email, String role, UserStatus status,
                   boolean passwordChangeRequired, Instant createdAt, Instant lastLoginAt) {
}
