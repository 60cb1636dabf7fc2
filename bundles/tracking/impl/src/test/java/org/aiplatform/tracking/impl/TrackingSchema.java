package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/** The tracking migrations on a test database, as the platform runs them. */
final class TrackingSchema {
    private TrackingSchema() {
    }

    static TestDatabase migrated(TestDatabase db) {
        Flyway.configure().dataSource(db.dataSource()).table("tracking_schema_history")
            .locations("classpath:db/migration/common").baselineOnMigrate(true).baselineVersion("0")
            .load().migrate();
        return db;
    }
}
