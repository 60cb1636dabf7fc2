/**
 * Identity and access: users (with a global role), roles (sets of permission patterns), groups, project members
 * (per-project roles of users and groups), logins with JWT access and refresh tokens, and API tokens for scripts
 * and MLflow clients. The rbac bundle also implements the kernel's Authenticator and Authorizer.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.rbac.api;
