/**
 * Projects, the spine every area hangs on: experiments, datasets, jobs and knowledge bases belong to one.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.aiplatform.kernel.api.project;
