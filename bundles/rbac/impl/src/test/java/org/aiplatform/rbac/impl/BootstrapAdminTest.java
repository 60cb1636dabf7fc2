package org.aiplatform.rbac.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.aiplatform.kernel.api.health.HealthStatus;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.impl.service.AuthServiceImpl;
import org.aiplatform.rbac.impl.service.UserServiceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapAdminTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedPasswordWorksOnceAndMustBeChanged() {
        try (RbacFixture fx = new RbacFixture(TestDatabase.derby(), dir.resolve("k.json"), Map.of())) {
            String password = BootstrapAdmin.ensureAdmin(fx.core, null);
            assertNotNull(password);
            assertTrue(password.length() >= 20);
            User admin = new UserServiceImpl(fx.core).findByUsername("admin").orElseThrow();
            assertEquals("admin", admin.role());
            assertTrue(admin.passwordChangeRequired());
            assertNotNull(new AuthServiceImpl(fx.core).login("admin", password, "127.0.0.1").accessToken());
            assertNull(BootstrapAdmin.ensureAdmin(fx.core, null), "only on a platform without accounts");
        }
    }

    @Test
    void thePasswordOfTheEnvironmentIsNotForcedToChange() {
        try (RbacFixture fx = new RbacFixture(TestDatabase.derby(), dir.resolve("k.json"), Map.of())) {
            assertNull(BootstrapAdmin.ensureAdmin(fx.core, "automation password 1"));
            assertFalse(new UserServiceImpl(fx.core).findByUsername("admin").orElseThrow().passwordChangeRequired());
            assertNotNull(new AuthServiceImpl(fx.core).login("admin", "automation password 1", "127.0.0.1"));
        }
    }

    @Test
    void notReadyBeforeTheAdministratorExists() throws Exception {
        try (RbacFixture fx = new RbacFixture(TestDatabase.derby(), dir.resolve("k.json"), Map.of())) {
            BootstrapAdmin bootstrap = new BootstrapAdmin(fx.core, "automation password 1");
            try {
                for (int i = 0; i < 600 && bootstrap.check().status() != HealthStatus.UP; i++) {
                    Thread.sleep(50);
                }
                assertEquals(HealthStatus.UP, bootstrap.check().status());
                // once UP, the account logs in: what a script waiting for /health/ready does next
                assertNotNull(new AuthServiceImpl(fx.core).login("admin", "automation password 1", "127.0.0.1"));
            } finally {
                bootstrap.deactivate();
            }
        }
    }
}
