/**
 * The spine every AI Platform bundle imports: errors, paging and localised messages.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.kernel.api;
