/**
 * Experiment tracking: experiments of a project, their runs, and what runs log (write-once params, append-only
 * metrics, tags). Ids and limits follow MLflow's so that the MLflow API can sit on the same service.
 *
 * @since 1.0.0 (Bundle version 0.1.0)
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.aiplatform.tracking.api;
