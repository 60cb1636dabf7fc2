/**
 * What a bundle needs to publish REST resources on the platform's API: the application to select, access
 * annotations, and the caller of the current request.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.kernel.api.rest;
