package org.aiplatform.tracking.api;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Announces a committed tracking change: posts the EventAdmin event {@code org/aiplatform/tracking/<type>/<ACTION>}
 * (properties {@code id}, {@code project_id}, {@code actor} and the details) and records the kernel audit entry
 * {@code tracking.<type>.<action>}. Call it after the change committed, from any API that makes one.
 *
 * @since 1.1.0
 */
@ProviderType
public interface TrackingEvents {
    /** The prefix of every tracking topic. */
    String TOPIC_PREFIX = "org/aiplatform/tracking/";
    String CREATED = "CREATED";
    String UPDATED = "UPDATED";
    String DELETED = "DELETED";
    String RESTORED = "RESTORED";

    /**
     * @param actor the user id that acted
     * @param type what changed, e.g. {@code run}, {@code experiment} (the topic's middle part)
     * @param action {@link #CREATED}, {@link #UPDATED}, {@link #DELETED}, {@link #RESTORED} or another verb
     * @param id the changed thing's id
     * @param projectId its project
     * @param details small string properties (names, states); never secrets
     */
    void changed(String actor, String type, String action, String id, String projectId, Map<String, String> details);

    /** Announces an experiment change. */
    default void experiment(String actor, String action, Experiment e) {
        changed(actor, "experiment", action, e.id(), e.projectId(),
            Map.of("name", e.name(), "lifecycle", e.lifecycle().name()));
    }

    /** Announces a run change; the project is its experiment's. */
    default void run(String actor, String action, Run r, String projectId) {
        changed(actor, "run", action, r.id(), projectId, Map.of("experiment_id", r.experimentId(), "name", r.name(),
            "status", r.status().name(), "lifecycle", r.lifecycle().name()));
    }
}
