package org.aiplatform.rbac.api;

import java.time.Instant;

/**
 * A single-use invitation to sign up.
 *
 * @param code the code to give to the invitee (shown once)
 * @param email who it is for, may be null
 * @param role the global role the new account gets
 * @param expiresAt when it stops working
 * @since 1.0.0
 */
public record Invitation(String code, String email, String role, Instant expiresAt) {

    @Override
    public String toString() {
        return "Invitation[" + email + ", role=" + role + ", expires " + expiresAt + "]";
    }
}
