package org.aiplatform.gpu.impl;

import java.net.URL;
import java.net.URLClassLoader;

import javax.sql.DataSource;

import org.aiplatform.tracking.impl.JdbcTrackingService;
import org.flywaydb.core.Flyway;

/**
 * Migrates a test database as the kernel's schema extender does for each bundle: its own scripts (found through
 * a class loader that sees only that bundle's classes, since tracking's and gpu's both live in
 * db/migration/common) and its own history table.
 */
public final class Databases {
    private Databases() {
    }

    public static void migrateGpu(DataSource ds) {
        migrate(ds, Monitor.class, "gpu_schema_history");
    }

    public static void migrateTracking(DataSource ds) {
        migrate(ds, JdbcTrackingService.class, "tracking_schema_history");
    }

    private static void migrate(DataSource ds, Class<?> anchor, String table) {
        URL classes = anchor.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader only = new URLClassLoader(new URL[] {classes}, null)) {
            Flyway.configure(only).dataSource(ds).table(table).locations("classpath:db/migration/common")
                .failOnMissingLocations(true).baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
