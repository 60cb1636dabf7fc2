package org.aiplatform.kernel.impl.schema;

import org.aiplatform.kernel.api.schema.Schema;

/** The service registered once a bundle's schema is migrated. */
record MigratedSchema(String name, String version, String database) implements Schema {
}
