package org.aiplatform.kernel.impl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** The extender against a real Derby database behind a DataSource that cannot connect at first. */
class SchemaExtenderTest {

    @Test
    void aDatabaseThatCannotBeOpenedYetIsTriedAgainNotGivenUp() throws Exception {
        try (TestDatabase db = TestDatabase.derby()) {
            AtomicInteger refusals = new AtomicInteger(2);
            // what embedded Derby answers while a features refresh replaces the DataSource during its creation
            DataSource flaky = proxy(DataSource.class, (method, args) -> {
                if (!method.equals("getConnection") || args.length > 0) {
                    throw new UnsupportedOperationException(method);
                }
                if (refusals.getAndDecrement() > 0) {
                    throw new SQLException("Database 'aiplatform' not found.", "XJ004");
                }
                return db.dataSource().getConnection();
            });
            CompletableFuture<Schema> registered = new CompletableFuture<>();
            SchemaExtender extender = new SchemaExtender(context(bundle("kernel"), registered), flaky);
            try {
                Schema schema = registered.get(60, TimeUnit.SECONDS);
                assertEquals("kernel", schema.name());
                assertEquals("2", schema.version());
                assertTrue(refusals.get() < 0, "connected after the refusals");
                assertEquals("UP", extender.check().status().name());
            } finally {
                extender.deactivate();
            }
        }
    }

    @Test
    void aMigrationCutByDerbyShuttingDownOrAClosedPoolIsTriedAgain() throws Exception {
        try (TestDatabase db = TestDatabase.derby()) {
            AtomicInteger calls = new AtomicInteger();
            // the vendor check and Flyway's probe connect; the migration meets an engine a refresh shut down
            DataSource shutting = proxy(DataSource.class, (method, args) -> {
                if (!method.equals("getConnection") || args.length > 0) {
                    throw new UnsupportedOperationException(method);
                }
                int call = calls.incrementAndGet();
                if (call == 3) {
                    throw new SQLException("Java exception: ': ShutdownException'.", "XJ001",
                        new ShutdownException());
                }
                if (call == 6) { // the next try meets the pool that a DataSource replacement closed
                    throw new IllegalStateException("Pool not open");
                }
                return db.dataSource().getConnection();
            });
            CompletableFuture<Schema> registered = new CompletableFuture<>();
            SchemaExtender extender = new SchemaExtender(context(bundle("kernel"), registered), shutting);
            try {
                assertEquals("2", registered.get(60, TimeUnit.SECONDS).version());
                assertTrue(calls.get() > 6, "connected again after the shutdown and the closed pool");
            } finally {
                extender.deactivate();
            }
        }
    }

    /** Named as Derby's org.apache.derby.iapi.error.ShutdownException, which the bundle cannot see. */
    private static final class ShutdownException extends RuntimeException {
    }

    private static Bundle bundle(String schemaName) {
        return proxy(Bundle.class, (method, args) -> switch (method) {
            case "getHeaders" -> new Hashtable<>(Map.of(Schema.HEADER, schemaName));
            case "getSymbolicName" -> "test.bundle";
            case "getState" -> Bundle.ACTIVE;
            case "getBundleId" -> 7L;
            case "findEntries" -> {
                List<URL> scripts = KernelSchema.scripts((String) args[0]);
                yield scripts.isEmpty() ? null : Collections.enumeration(scripts);
            }
            default -> null;
        });
    }

    private static BundleContext context(Bundle bundle, CompletableFuture<Schema> registered) {
        return proxy(BundleContext.class, (method, args) -> switch (method) {
            case "getBundles" -> new Bundle[] {bundle};
            case "registerService" -> {
                registered.complete((Schema) args[1]);
                yield proxy(ServiceRegistration.class, (m, a) -> null);
            }
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(SchemaExtenderTest.class.getClassLoader(), new Class<?>[] {type},
            (self, method, args) -> switch (method.getName()) {
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                case "toString" -> type.getSimpleName();
                default -> {
                    yield answer.answer(method.getName(), args == null ? new Object[0] : args);
                }
            });
    }
}
