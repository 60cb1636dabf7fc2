package org.aiplatform.rbac.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

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
    void notReadyBeforeTheAdministratorExists() {
        try (RbacFixture fx = new RbacFixture(TestDatabase.derby(), dir.resolve("k.json"), Map.of())) {
            HeldExecutor worker = new HeldExecutor();
            BootstrapAdmin bootstrap = new BootstrapAdmin(fx.core, "automation password 1", worker);
            assertEquals(HealthStatus.DOWN, bootstrap.check().status(), "not ready while the account is made");
            worker.runHeld();
            assertEquals(HealthStatus.UP, bootstrap.check().status());
            // once UP, the account logs in: what a script waiting for /health/ready does next
            assertNotNull(new AuthServiceImpl(fx.core).login("admin", "automation password 1", "127.0.0.1"));
        }
    }

    /** Holds what it is given until the test runs it, so the states before and after are both observable. */
    private static final class HeldExecutor extends AbstractExecutorService {
        private final List<Runnable> held = new ArrayList<>();

        void runHeld() {
            held.forEach(Runnable::run);
            held.clear();
        }

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
