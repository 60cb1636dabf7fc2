package org.aiplatform.tracking.mlflow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aiplatform.tracking.api.LogBatch;
import org.aiplatform.tracking.api.RunChanges;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.mlflow.MlflowCall.ExperimentRun;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What several run calls share: the full run message, and the {@code mlflow.runName} tag kept as the run name. */
public final class RunViews {
    /** MLflow keeps this tag and the run's name equal. */
    public static final String RUN_NAME_TAG = "mlflow.runName";

    private RunViews() {
    }

    /** @return the run as runs/get answers it: info, data (latest metrics, params, tags), inputs */
    public static ObjectNode full(TrackingService tracking, MlflowCall call, ExperimentRun found) {
        String runId = found.run().id();
        return MlflowViews.run(MlflowViews.runInfo(found.run(), call.experimentId(found.experiment())),
            tracking.latestMetrics(runId), tracking.params(runId), tracking.tags(runId));
    }

    /** Logs the batch; a {@code mlflow.runName} tag in it renames the run too, as MLflow does. */
    public static void logSyncingName(TrackingService tracking, String runId, LogBatch batch) {
        String name = batch.tags().get(RUN_NAME_TAG);
        if (name != null) {
            MlflowLimits.runName(name); // checked before the batch is written: nothing half done
        }
        tracking.logBatch(runId, batch);
        if (name != null && !name.isEmpty()) {
            tracking.updateRun(runId, new RunChanges(name, null, null));
        }
    }

    /** @return the tags with {@code mlflow.runName} set to the name */
    static Map<String, String> withName(Map<String, String> tags, String name) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.put(RUN_NAME_TAG, name);
        return all;
    }
}
