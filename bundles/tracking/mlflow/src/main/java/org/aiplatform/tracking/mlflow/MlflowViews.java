package org.aiplatform.tracking.mlflow;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.MetricPoint;
import org.aiplatform.tracking.api.Run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The platform's tracking objects as MLflow's protobuf messages, in snake_case JSON. */
public final class MlflowViews {

    private MlflowViews() {
    }

    /** @return MLflow's artifact root of an experiment, resolved by clients through the artifact proxy */
    public static String artifactLocation(String experimentId) {
        return "mlflow-artifacts:/" + experimentId;
    }

    /** @return MLflow's artifact URI of a run: {@code mlflow-artifacts:/<experiment_id>/<run_id>/artifacts} */
    public static String artifactUri(String experimentId, String runId) {
        return artifactLocation(experimentId) + "/" + runId + "/artifacts";
    }

    /** @param experimentId the MLflow id ({@link MlflowCall#experimentId(Experiment)}) */
    public static ObjectNode experiment(Experiment e, String experimentId) {
        ObjectNode out = MlflowJson.object()
            .put("experiment_id", experimentId)
            .put("name", e.name())
            .put("artifact_location", artifactLocation(experimentId))
            .put("lifecycle_stage", lifecycle(e.lifecycle()))
            .put("last_update_time", e.updatedAt())
            .put("creation_time", e.createdAt());
        out.set("tags", pairs(e.tags()));
        return out;
    }

    /** @param experimentId the MLflow id of the run's experiment */
    public static ObjectNode runInfo(Run r, String experimentId) {
        ObjectNode out = MlflowJson.object()
            .put("run_id", r.id())
            .put("run_uuid", r.id())
            .put("run_name", r.name())
            .put("experiment_id", experimentId)
            .put("user_id", r.user() == null ? "" : r.user())
            .put("status", r.status().name())
            .put("start_time", r.startTime());
        if (r.endTime() != null) {
            out.put("end_time", r.endTime());
        }
        return out.put("artifact_uri", artifactUri(experimentId, r.id()))
            .put("lifecycle_stage", lifecycle(r.lifecycle()));
    }

    /** @return {@code {info, data{metrics, params, tags}, inputs}}: a run as runs/get and runs/search answer it */
    public static ObjectNode run(ObjectNode info, Collection<MetricPoint> latestMetrics, Map<String, String> params,
                                 Map<String, String> tags) {
        ObjectNode out = MlflowJson.object();
        out.set("info", info);
        ObjectNode data = out.putObject("data");
        ArrayNode metrics = data.putArray("metrics");
        latestMetrics.forEach(point -> metrics.add(metric(point)));
        data.set("params", pairs(params));
        data.set("tags", pairs(tags));
        out.putObject("inputs");
        return out;
    }

    /** @return {@code {key, value, timestamp, step}}; NaN and infinities are written as strings */
    public static ObjectNode metric(MetricPoint point) {
        return MlflowJson.object()
            .put("key", point.key())
            .put("value", point.value())
            .put("timestamp", point.timestamp())
            .put("step", point.step());
    }

    /** @return {@code [{key, value}, ...]} */
    public static ArrayNode pairs(Map<String, String> entries) {
        ArrayNode out = MlflowJson.object().arrayNode();
        entries.forEach((key, value) -> out.addObject().put("key", key).put("value", value));
        return out;
    }

    /** @return MLflow's lifecycle_stage: {@code active} or {@code deleted} */
    public static String lifecycle(Enum<?> lifecycle) {
        return lifecycle.name().toLowerCase(Locale.ROOT);
    }
}
