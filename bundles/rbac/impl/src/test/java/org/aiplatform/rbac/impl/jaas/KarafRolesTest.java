package org.aiplatform.rbac.impl.jaas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KarafRolesTest {
    private static final List<String> DECLARED = List.of("projects:read", "projects:write", "projects:admin",
        "rbac:admin", "audit:admin");

    @Test
    void viewerGetsSshAndTheReadPermissions() {
        assertEquals(Set.of("ssh", "projects.read"), KarafRoles.of(Set.of("*:read"), DECLARED));
    }

    @Test
    void developerGetsNoAdministration() {
        assertEquals(Set.of("ssh", "projects.read", "projects.write"),
            KarafRoles.of(Set.of("*:read", "*:write"), DECLARED));
    }

    @Test
    void accountManagersAreKarafAdministrators() {
        assertEquals(Set.of("ssh", "rbac.admin", "admin", "manager", "viewer", "systembundles"),
            KarafRoles.of(Set.of("rbac:admin"), DECLARED));
        assertEquals(Set.of("ssh", "projects.read", "projects.write", "projects.admin", "rbac.admin", "audit.admin",
            "admin", "manager", "viewer", "systembundles"), KarafRoles.of(Set.of("*"), DECLARED));
    }
}
