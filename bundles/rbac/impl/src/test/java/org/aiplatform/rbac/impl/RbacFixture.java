package org.aiplatform.rbac.impl;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.aiplatform.kernel.impl.testing.MutableClock;
import org.aiplatform.kernel.impl.testing.RecordingAudit;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.osgi.util.converter.Converters;

/**
 * The rbac bundle on a real database: its own migrations (as the kernel's schema extender runs them, with the
 * bundle's history table), its persistence unit on EclipseLink, and the shared core with test settings.
 */
public final class RbacFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    /** Cheap argon2 parameters: tests check behaviour, the bench measures the real cost. */
    private static final Map<String, Object> FAST = Map.of("argon2.memory.kib", 1024, "argon2.iterations", 1);

    public final TestDatabase db;
    public final MutableClock clock = new MutableClock(START);
    public final RecordingAudit audit = new RecordingAudit();
    public final RbacCore core;
    private final EntityManagerFactory factory;

    public RbacFixture(TestDatabase db, Path keyFile, Map<String, Object> settings) {
        this.db = db;
        Flyway.configure().dataSource(db.dataSource()).table("rbac_schema_history")
            .locations("classpath:db/migration/common").baselineOnMigrate(true).baselineVersion("0")
            .load().migrate();
        this.factory = new PersistenceProvider().createEntityManagerFactory("aiplatform-rbac",
            Map.of("javax.persistence.nonJtaDataSource", db.dataSource()));
        Map<String, Object> all = new HashMap<>(FAST);
        all.putAll(settings);
        this.core = new RbacCore(new JpaTransactions(factory), audit, config(all), keyFile, clock);
    }

    public static RbacConfig config(Map<String, Object> settings) {
        return Converters.standardConverter().convert(settings).to(RbacConfig.class);
    }

    @Override
    public void close() {
        factory.close();
        db.close();
    }
}
