package org.aiplatform.tracking.api;

import java.util.List;
import java.util.Map;

/**
 * Which registered models or model versions a search returns (the filters of MLflow's registry searches). Null
 * fields do not filter.
 *
 * @param projectId the project searched (required)
 * @param name an exact model name (ignoring case), or null
 * @param namePattern a SQL LIKE pattern on the model name ({@code %}, {@code _}, escaped by a backslash), or null
 * @param patternIgnoresCase true for ILIKE, false for LIKE
 * @param runIds versions produced by one of these runs (versions only), or null
 * @param source an exact source URI (versions only), or null
 * @param version an exact version number (versions only), or null
 * @param tags tags that must be present with these values (of the model, or of the version when versions are
 *             searched), or null
 * @since 1.1.0
 */
public record ModelQuery(String projectId, String name, String namePattern, boolean patternIgnoresCase,
                         List<String> runIds, String source, Integer version, Map<String, String> tags) {
    /** @return every model or version of the project */
    public static ModelQuery all(String projectId) {
        return new ModelQuery(projectId, null, null, false, null, null, null, null);
    }
}
