package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.aiplatform.sdk.testkit.PlatformHttp;

import com.fasterxml.jackson.databind.JsonNode;

/** Platform accounts for the rbac tests, made through the REST API with the testkit's administrator token. */
final class Accounts {
    /** Every account the tests make gets this password (long enough for password.min.length). */
    static final String PASSWORD = "Correct-Horse-Battery-7";

    private final PlatformHttp admin;

    /** @param admin a client authenticated as the testkit's administrator */
    Accounts(PlatformHttp admin) {
        this.admin = admin;
    }

    /** An account and its password. */
    record Account(String id, String username, String password) {
    }

    /** The tokens of one login. */
    record Session(String accessToken, String refreshToken) {
    }

    /** @return a short unique lower-case text for names */
    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * @param role the global role
     * @return a new active account with that role and {@link #PASSWORD}
     */
    Account create(String role) {
        String username = "u" + unique();
        HttpResponse<String> created = admin.post("/api/v1/users", "{\"username\": \"" + username
            + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return new Account(PlatformHttp.json(created.body()).get("id").asText(), username, PASSWORD);
    }

    /**
     * @param account the account
     * @return the tokens of a new login session
     */
    Session login(Account account) {
        HttpResponse<String> response = anonymous().post("/api/v1/auth/token",
            "{\"username\": \"" + account.username() + "\", \"password\": \"" + account.password() + "\"}");
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode pair = PlatformHttp.json(response.body());
        return new Session(pair.get("access_token").asText(), pair.get("refresh_token").asText());
    }

    /** @return a client that sends no credentials */
    PlatformHttp anonymous() {
        return admin.withAuthorization(null);
    }

    /**
     * @param account the account
     * @return a client that sends the access token of a new login of the account
     */
    PlatformHttp as(Account account) {
        return admin.withToken(login(account).accessToken());
    }
}
