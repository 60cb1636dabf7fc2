package org.aiplatform.tracking.impl;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts the registry's changes on EventAdmin, after their commit (asynchronously: listeners never hold up the
 * caller). Without an EventAdmin nothing is posted.
 */
final class RegistryEvents {
    private final Supplier<EventAdmin> eventAdmin;

    RegistryEvents(Supplier<EventAdmin> eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    void model(String topic, RegisteredModel model) {
        post(topic, base(model.projectId(), model.id(), model.name()));
    }

    void version(String topic, String projectId, ModelVersion version, Map<String, Object> extra) {
        Map<String, Object> properties = base(projectId, version.modelId(), version.modelName());
        properties.put("version", version.version());
        properties.put("stage", version.stage().label());
        if (version.runId() != null) {
            properties.put("run_id", version.runId());
        }
        properties.put("source", version.source());
        properties.putAll(extra);
        post(topic, properties);
    }

    private static Map<String, Object> base(String projectId, String modelId, String modelName) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("project_id", projectId);
        properties.put("model_id", modelId);
        properties.put("model_name", modelName);
        return properties;
    }

    private void post(String topic, Map<String, Object> properties) {
        EventAdmin admin = eventAdmin.get();
        if (admin != null) {
            admin.postEvent(new Event(topic, properties));
        }
    }
}
