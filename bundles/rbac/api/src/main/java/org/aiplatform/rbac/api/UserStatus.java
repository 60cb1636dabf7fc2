package org.aiplatform.rbac.api;

/**
 * Whether a user may log in.
 *
 * @since 1.0.0
 */
public enum UserStatus { ACTIVE, DISABLED }
