package org.aiplatform.kernel.impl.schema;

import java.net.URL;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.aiplatform.kernel.api.health.HealthIndicator;
import org.aiplatform.kernel.api.health.HealthResult;
import org.aiplatform.kernel.api.health.HealthStatus;
import org.aiplatform.kernel.api.schema.Schema;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates the schema of every started bundle that has an {@link Schema#HEADER} header, off the activation thread,
 * then registers its {@link Schema} service. A new DataSource (say Derby replaced by PostgreSQL in the .cfg)
 * reactivates this component, so every schema is migrated again on the new database before stores come back.
 */
@Component(service = HealthIndicator.class, immediate = true)
// registered by hand, not by DS: declare it so that the resolver lets bundles that wait for a Schema install
@Capability(namespace = "osgi.service", uses = Schema.class,
    attribute = "objectClass:List<String>=\"org.aiplatform.kernel.api.schema.Schema\"")
public class SchemaExtender implements HealthIndicator, BundleTrackerCustomizer<BundleSchema> {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);
    private static final long MAX_RETRY_SECONDS = 60;

    private final BundleContext context;
    private final DataSource dataSource;
    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "aiplatform-schema");
        t.setDaemon(true);
        return t;
    });
    private final BundleTracker<BundleSchema> tracker;

    @Activate
    public SchemaExtender(BundleContext context,
                          @Reference(target = "(osgi.jndi.service.name=aiplatform)") DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        // no interrupt: Derby takes an interrupt during disk I/O as a reason to stop the database
        worker.shutdown();
    }

    @Override
    public BundleSchema addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(Schema.HEADER);
        if (header == null) {
            return null;
        }
        BundleSchema schema = new BundleSchema(bundle);
        try {
            schema.header(SchemaHeader.parse(header));
            worker.execute(() -> migrate(schema, 1));
        } catch (IllegalArgumentException e) {
            schema.failed(e.getMessage());
            LOG.error("Bundle {} has a bad {} header: {}", bundle.getSymbolicName(), Schema.HEADER, e.getMessage());
        }
        return schema;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, BundleSchema schema) {
        // STARTING -> ACTIVE changes nothing: the schema is already migrated or on its way
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, BundleSchema schema) {
        schema.close();
    }

    private void migrate(BundleSchema schema, long retrySeconds) {
        if (schema.isClosed()) {
            return;
        }
        SchemaHeader header = schema.header();
        String vendor;
        try {
            vendor = SchemaMigration.vendor(dataSource);
        } catch (RuntimeException | SQLException e) {
            // no connection is the environment's fault, never the bundle's: at first boot a features refresh can
            // replace the DataSource while Derby creates its database ("not found", "failed to create" once)
            retry(schema, retrySeconds, e);
            return;
        }
        try {
            List<URL> scripts = scripts(schema.bundle(), vendor);
            long start = System.nanoTime();
            SchemaMigration.Outcome outcome = SchemaMigration.run(dataSource, header.historyTable(), scripts);
            LOG.info("Schema {} of {} at version {} on {} ({} script(s) applied in {} ms)", header.name(),
                schema.bundle().getSymbolicName(), outcome.version(), vendor, outcome.applied(),
                (System.nanoTime() - start) / 1_000_000);
            schema.migrated(context, new MigratedSchema(header.name(), outcome.version(), vendor));
        } catch (RuntimeException e) {
            if (isUnreachable(e)) {
                retry(schema, retrySeconds, e);
            } else {
                schema.failed(e.getMessage());
                LOG.error("Schema {} of {} failed to migrate", header.name(), schema.bundle().getSymbolicName(), e);
            }
        }
    }

    private void retry(BundleSchema schema, long retrySeconds, Exception cause) {
        if (schema.isClosed() || worker.isShutdown()) {
            return;
        }
        String name = schema.header().name();
        schema.failed("database unreachable, retrying in " + retrySeconds + " s: " + cause.getMessage());
        LOG.warn("Schema {}: database unreachable, retrying in {} s: {}", name, retrySeconds, cause.toString());
        worker.schedule(() -> migrate(schema, Math.min(retrySeconds * 2, MAX_RETRY_SECONDS)), retrySeconds,
            TimeUnit.SECONDS);
    }

    private static List<URL> scripts(Bundle bundle, String vendor) {
        List<URL> scripts = new ArrayList<>();
        for (String folder : List.of(SchemaMigration.COMMON, SchemaMigration.vendorFolder(vendor))) {
            Enumeration<URL> found = bundle.findEntries(folder, "*.sql", false);
            if (found != null) {
                scripts.addAll(Collections.list(found));
            }
        }
        return scripts;
    }

    private static boolean isUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // embedded Derby shut down under a running migration, when a features refresh restarts its bundle:
            // XJ001 wrapping Derby's ShutdownException, or XJ015 (system shut down); the scripts roll back
            // or the pooled DataSource closed under it, when a refresh replaces pax-jdbc's DataSource
            if (c.getClass().getSimpleName().equals("ShutdownException")
                || c instanceof SQLException e && "XJ015".equals(e.getSQLState())
                || c instanceof IllegalStateException && "Pool not open".equals(c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public HealthResult check() {
        Map<String, Object> states = new LinkedHashMap<>();
        boolean up = true;
        for (BundleSchema schema : tracker.getTracked().values()) {
            states.put(schema.displayName(), schema.status());
            up &= schema.isMigrated();
        }
        return new HealthResult("schemas", up ? HealthStatus.UP : HealthStatus.DOWN,
            up ? states.size() + " schema(s) migrated" : "schema migration pending or failed", states);
    }
}
