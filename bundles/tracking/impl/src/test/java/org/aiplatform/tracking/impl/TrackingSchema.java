package org.aiplatform.tracking.impl;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** Migrates a test database with the tracking scripts, under the bundle's own history table as in the container. */
final class TrackingSchema {
    private TrackingSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).table("tracking_schema_history")
            .locations("classpath:db/migration/common").baselineOnMigrate(true).baselineVersion("0")
            .load().migrate();
    }
}
