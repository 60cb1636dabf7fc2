package org.aiplatform.sdk.testkit.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Credentials;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.junit.jupiter.api.Test;

class TokenRealmTest {
    private final TokenRealm realm = new TokenRealm(Map.of(
        "token.root-secret", "root *",
        "token.bob-secret", "bob projects:read@p1 projects:write@p1 projects:read@p2",
        "service.pid", "ignored"));

    @Test
    void bearerTokenNamesItsUser() {
        AuthenticatedUser bob = realm.authenticate(Credentials.bearer("bob-secret", "127.0.0.1")).orElseThrow();
        assertEquals("bob", bob.username());
        assertTrue(realm.authenticate(Credentials.bearer("nope", null)).isEmpty());
    }

    @Test
    void basicNeedsTheMatchingUserName() {
        assertTrue(realm.authenticate(Credentials.basic("bob", "bob-secret", null)).isPresent());
        assertTrue(realm.authenticate(Credentials.basic("root", "bob-secret", null)).isEmpty());
    }

    @Test
    void grantsAreGlobalOrPerProject() {
        AuthenticatedUser root = new AuthenticatedUser("root", "root", "token", Set.of());
        AuthenticatedUser bob = new AuthenticatedUser("bob", "bob", "token", Set.of());
        assertTrue(realm.isPermitted(root, "projects:admin", "anything"));
        assertTrue(realm.isPermitted(bob, "projects:write", "p1"));
        assertFalse(realm.isPermitted(bob, "projects:write", "p2"));
        assertFalse(realm.isPermitted(bob, "projects:write", null));
        assertTrue(realm.projectScope(root, "projects:read").isAll());
        assertEquals(Set.of("p1", "p2"), realm.projectScope(bob, "projects:read").ids());
        assertEquals(ProjectScope.none(), realm.projectScope(bob, "projects:admin"));
    }
}
