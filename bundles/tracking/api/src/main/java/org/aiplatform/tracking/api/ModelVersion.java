package org.aiplatform.tracking.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of a registered model: an artifact, usually logged by a run of the same project. Versions are
 * {@code READY} once created (registration is synchronous here).
 *
 * @param modelId the registered model
 * @param modelName its name
 * @param version 1, 2, ... per model; a deleted version's number is never reused
 * @param source where the model's files are (an artifact URI)
 * @param runId the run that produced it, or null
 * @param runLink a link to that run, or null
 * @param description the description, or null
 * @param user who created it
 * @param stage the current stage
 * @param tags the version's tags by key
 * @param aliases the model's aliases that point at this version, sorted
 * @param createdAt creation time, epoch ms
 * @param updatedAt last change, epoch ms
 * @since 1.1.0
 */
public record ModelVersion(String modelId, String modelName, int version, String source, String runId,
                           String runLink, String description, String user, ModelStage stage,
                           Map<String, String> tags, List<String> aliases, long createdAt, long updatedAt) {
    /** The status of every stored version: registration finishes within the create call. */
    public static final String STATUS_READY = "READY";

    public ModelVersion {
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tags));
        aliases = aliases == null ? List.of() : List.copyOf(aliases.stream().sorted().toList());
    }
}
