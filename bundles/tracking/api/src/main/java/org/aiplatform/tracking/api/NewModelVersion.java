package org.aiplatform.tracking.api;

import java.util.Map;

/**
 * What a new model version is made from.
 *
 * @param source the artifact URI of the model's files (required)
 * @param runId the run that produced it, in the model's project, or null
 * @param runLink a link to the run, or null
 * @param description or null
 * @param tags or null
 * @since 1.1.0
 */
public record NewModelVersion(String source, String runId, String runLink, String description,
                              Map<String, String> tags) {
}
