/**
 * Authentication and authorization SPI. The kernel's REST filter asks every registered {@link
 * org.aiplatform.kernel.api.security.Authenticator} for the caller and the {@link
 * org.aiplatform.kernel.api.security.Authorizer} for permissions; while none is registered it fails closed.
 * The rbac bundle implements both.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.kernel.api.security;
