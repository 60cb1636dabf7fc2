package org.aiplatform.tracking.mlflow;

import java.util.List;
import java.util.Map;

import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** MLflow's JSON of registered models and model versions: versions as strings, stages by their MLflow name. */
final class RegistryViews {
    private RegistryViews() {
    }

    /** @param latest the model's latest version per stage */
    static ObjectNode model(RegisteredModel m, List<ModelVersion> latest) {
        ObjectNode json = MlflowJson.object();
        json.put("name", m.name());
        json.put("creation_timestamp", m.createdAt());
        json.put("last_updated_timestamp", m.updatedAt());
        json.put("user_id", m.user() == null ? "" : m.user());
        json.put("description", m.description() == null ? "" : m.description());
        ArrayNode versions = json.putArray("latest_versions");
        latest.forEach(v -> versions.add(version(v)));
        json.set("tags", MlflowViews.pairs(m.tags()));
        ArrayNode aliases = json.putArray("aliases");
        for (Map.Entry<String, Integer> alias : m.aliases().entrySet()) {
            aliases.addObject().put("alias", alias.getKey()).put("version", alias.getValue().toString());
        }
        return json;
    }

    static ObjectNode version(ModelVersion v) {
        ObjectNode json = MlflowJson.object();
        json.put("name", v.modelName());
        json.put("version", Integer.toString(v.version()));
        json.put("creation_timestamp", v.createdAt());
        json.put("last_updated_timestamp", v.updatedAt());
        json.put("user_id", v.user() == null ? "" : v.user());
        json.put("current_stage", v.stage().label());
        json.put("description", v.description() == null ? "" : v.description());
        json.put("source", v.source());
        json.put("run_id", v.runId() == null ? "" : v.runId());
        json.put("status", ModelVersion.STATUS_READY);
        json.put("run_link", v.runLink() == null ? "" : v.runLink());
        json.set("tags", MlflowViews.pairs(v.tags()));
        ArrayNode aliases = json.putArray("aliases");
        v.aliases().forEach(aliases::add);
        return json;
    }
}
