package org.aiplatform.tracking.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An experiment of a project; its name is unique within the project.
 *
 * @param id the experiment id (decimal digits, as MLflow's experiment_id)
 * @param projectId the owning project
 * @param name the name
 * @param description the description, or null
 * @param tags the experiment's tags by key
 * @param lifecycle active or deleted
 * @param createdAt creation time, epoch ms
 * @param updatedAt last change, epoch ms
 * @since 1.0.0
 */
public record Experiment(String id, String projectId, String name, String description, Map<String, String> tags,
                         Lifecycle lifecycle,
                         long createdAt, long updatedAt) {
    public Experiment {
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
