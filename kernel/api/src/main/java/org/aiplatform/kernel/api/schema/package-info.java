/**
 * Database schemas per bundle. A bundle that owns tables names its schema in the manifest header {@link
 * org.aiplatform.kernel.api.schema.Schema#HEADER} and ships Flyway scripts under {@code db/migration/derby} and
 * {@code db/migration/postgresql}; the kernel migrates them with the bundle's own history table and then
 * registers a {@link org.aiplatform.kernel.api.schema.Schema} service that the bundle's stores reference.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.kernel.api.schema;
