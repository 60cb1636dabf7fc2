package org.aiplatform.tracking.impl;

import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/** The tracking tables in a test database, migrated as the platform's schema extender does. */
final class TrackingSchema {
    private TrackingSchema() {
    }

    /** @return the database, migrated */
    static TestDatabase migrate(TestDatabase db) {
        Flyway.configure().dataSource(db.dataSource()).table("tracking_schema_history")
            .locations("classpath:db/migration/common").baselineOnMigrate(true).baselineVersion("0")
            .load().migrate();
        return db;
    }
}
