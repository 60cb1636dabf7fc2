package org.aiplatform.kernel.impl.schema;

import java.util.Map;

import org.aiplatform.kernel.api.schema.Schema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The migration state of one tracked bundle and, once migrated, its Schema service registration. */
final class BundleSchema {
    private final Bundle bundle;
    private SchemaHeader header;
    private String status = "pending";
    private boolean closed;
    private ServiceRegistration<Schema> registration;

    BundleSchema(Bundle bundle) {
        this.bundle = bundle;
    }

    Bundle bundle() {
        return bundle;
    }

    synchronized SchemaHeader header() {
        return header;
    }

    synchronized void header(SchemaHeader parsed) {
        this.header = parsed;
    }

    synchronized String displayName() {
        return header == null ? bundle.getSymbolicName() : header.name();
    }

    synchronized String status() {
        return status;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized boolean isMigrated() {
        return registration != null;
    }

    synchronized void failed(String why) {
        status = "failed: " + why;
    }

    /** Registers the Schema service unless the bundle stopped meanwhile. */
    synchronized void migrated(BundleContext context, MigratedSchema schema) {
        if (closed) {
            return;
        }
        status = "version " + schema.version();
        registration = context.registerService(Schema.class, schema,
            FrameworkUtil.asDictionary(Map.of(Schema.NAME, schema.name(),
                "aiplatform.schema.version", schema.version(), "aiplatform.schema.database", schema.database())));
    }

    synchronized void close() {
        closed = true;
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters services of a stopping kernel bundle itself
            }
            registration = null;
        }
    }
}
