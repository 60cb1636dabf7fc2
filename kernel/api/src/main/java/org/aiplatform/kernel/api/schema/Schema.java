package org.aiplatform.kernel.api.schema;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A migrated schema. Registered by the kernel with the property {@link #NAME} once the bundle's migrations ran, and
 * unregistered when the bundle stops or the DataSource goes away. Stores wait for theirs:
 * {@code @Reference(target = "(aiplatform.schema=tracking)") Schema schema}.
 *
 * <p>Manifest header: {@code AIPlatform-Schema: tracking;table=trk_schema_history} (the table defaults to
 * {@code <name>_schema_history}).
 *
 * @since 1.0.0
 */
@ProviderType
public interface Schema {
    /** Manifest header naming the bundle's schema. */
    String HEADER = "AIPlatform-Schema";
    /** Service property: the schema name. */
    String NAME = "aiplatform.schema";

    /** @return the schema name from the manifest header */
    String name();

    /** @return the version of the last applied migration, or {@code 0} when the bundle has none */
    String version();

    /** @return the database product: {@code derby} or {@code postgresql} */
    String database();
}
