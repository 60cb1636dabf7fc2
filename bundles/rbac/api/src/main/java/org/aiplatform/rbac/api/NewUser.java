package org.aiplatform.rbac.api;

/**
 * What it takes to make an account.
 *
 * @param username 2 to 64 characters: letters, digits, {@code . _ -}, starting with a letter
 * @param password at least 12 characters
 * @param displayName optional
 * @param email optional
 * @param role the global role; null for the platform's default for new accounts
 * @since 1.0.0
 */
public record NewUser(String username, String password, String displayName, String email, String role) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", role=" + role + "]"; // never the password
    }
}
