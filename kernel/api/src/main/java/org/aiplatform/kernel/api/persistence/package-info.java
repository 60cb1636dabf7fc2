/**
 * Transactions over a bundle's persistence unit.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.kernel.api.persistence;
