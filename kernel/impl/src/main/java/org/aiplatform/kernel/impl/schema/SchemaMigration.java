package org.aiplatform.kernel.impl.schema;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** Runs one bundle's migration scripts with its own history table. */
final class SchemaMigration {
    /** Scripts shared by every database. */
    static final String COMMON = "db/migration/common";

    private SchemaMigration() {
    }

    /**
     * @param dataSource the platform DataSource
     * @param historyTable the bundle's Flyway history table
     * @param scripts the bundle's scripts for this database
     * @return the schema version after migrating ({@code 0} with no scripts) and how many scripts ran
     */
    static Outcome run(DataSource dataSource, String historyTable, Collection<URL> scripts) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .table(historyTable)
            .resourceProvider(new ScriptResources(scripts))
            .javaMigrationClassProvider(List::of)
            .failOnMissingLocations(false)
            // bundles share one schema, each with its own history table: the second bundle finds the schema
            // non-empty, so its history starts at an empty baseline 0 and every script of its own still runs
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .validateMigrationNaming(true)
            .cleanDisabled(true)
            .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return new Outcome(current == null ? "0" : current.getVersion().getVersion(), result.migrationsExecuted);
    }

    /**
     * @param dataSource the platform DataSource
     * @return {@code derby}, {@code postgresql}, or the product name in lower case
     * @throws SQLException when the database is unreachable
     */
    static String vendor(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql"
                : product.contains("derby") ? "derby" : product.replaceAll("[^a-z0-9]", "");
        }
    }

    /** @return the folder of the vendor's own scripts */
    static String vendorFolder(String vendor) {
        return "db/migration/" + vendor;
    }

    /**
     * @param version the version after migrating
     * @param applied how many scripts ran now
     */
    record Outcome(String version, int applied) {
    }
}
