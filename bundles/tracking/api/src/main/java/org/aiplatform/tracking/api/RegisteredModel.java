package org.aiplatform.tracking.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A registered model of a project: a name (unique in the project, ignoring case) whose versions are numbered 1, 2,
 * and so on.
 *
 * @param id the model id (decimal digits)
 * @param projectId the owning project
 * @param name the name
 * @param description the description, or null
 * @param user who registered it
 * @param tags the model's tags by key
 * @param aliases alias to version number
 * @param createdAt creation time, epoch ms
 * @param updatedAt last change, epoch ms (a new version counts)
 * @since 1.1.0
 */
public record RegisteredModel(String id, String projectId, String name, String description, String user,
                              Map<String, String> tags, Map<String, Integer> aliases, long createdAt,
                              long updatedAt) {
    public RegisteredModel {
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tags));
        aliases = aliases == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(aliases));
    }
}
