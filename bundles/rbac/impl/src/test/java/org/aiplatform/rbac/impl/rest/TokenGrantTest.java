package org.aiplatform.rbac.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.junit.jupiter.api.Test;

class TokenGrantTest {

    @Test
    void readsPasswordAndRefreshGrantsIgnoringOtherParameters() {
        TokenGrant password = TokenGrant.parse(Map.of("grant_type", List.of("password"), "username", List.of("alice"),
            "password", List.of("s3cret-pass"), "scope", List.of("ignored")));
        assertEquals("alice", password.username());
        assertEquals("s3cret-pass", password.password());
        assertNull(password.refreshToken());
        TokenGrant refresh = TokenGrant.parse(Map.of("grant_type", List.of("refresh_token"),
            "refresh_token", List.of("r1")));
        assertEquals("r1", refresh.refreshToken());
        assertFalse(password.toString().contains("s3cret-pass"), "toString never shows the secrets");
    }

    @Test
    void missingRepeatedOrUnknownParametersAreInvalid() {
        for (Map<String, List<String>> form : List.of(Map.<String, List<String>>of(),
            Map.of("grant_type", List.of("client_credentials")),
            Map.of("grant_type", List.of("password"), "username", List.of("a")),
            Map.of("grant_type", List.of("password", "password"), "username", List.of("a"), "password", List.of("b")),
            Map.of("grant_type", List.of("refresh_token"), "refresh_token", List.of(" ")))) {
            ApiException e = assertThrows(ApiException.class, () -> TokenGrant.parse(form), form.toString());
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        }
    }
}
