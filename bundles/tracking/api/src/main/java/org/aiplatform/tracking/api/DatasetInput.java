package org.aiplatform.tracking.api;

/**
 * A dataset version a run used, as MLflow's log-inputs describes it, optionally tied to a platform dataset version.
 *
 * @param name the dataset name (required)
 * @param digest the dataset version's digest (required)
 * @param sourceType the kind of source, e.g. {@code local}, {@code http}, {@code aiplatform} (required)
 * @param source where the data was read from (required)
 * @param schema the dataset's schema as text (JSON), or null
 * @param profile a profile as text (JSON), or null
 * @param datasetVersionId the platform dataset version, or null
 * @param context how the run used it: {@code training}, {@code eval}, ... or null
 * @since 1.1.0
 */
public record DatasetInput(String name, String digest, String sourceType, String source, String schema,
                           String profile, String datasetVersionId, String context) {
}
