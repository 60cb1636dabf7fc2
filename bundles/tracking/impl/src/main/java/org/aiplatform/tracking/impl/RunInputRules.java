package org.aiplatform.tracking.impl;

import static org.aiplatform.kernel.api.ErrorCode.INVALID_PARAMETER_VALUE;

import java.util.List;

import org.aiplatform.tracking.api.DatasetInput;
import org.aiplatform.tracking.api.RunInputs;

/** MLflow's limits on a dataset input, checked before anything is written. */
final class RunInputRules {
    private RunInputRules() {
    }

    static List<DatasetInput> check(List<DatasetInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.required", "datasets");
        }
        if (inputs.size() > RunInputs.MAX_PER_CALL) {
            throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "batch.too_many", "datasets",
                String.valueOf(RunInputs.MAX_PER_CALL), String.valueOf(inputs.size()));
        }
        for (DatasetInput d : inputs) {
            if (d == null) {
                throw TrackingMessages.get().error(INVALID_PARAMETER_VALUE, "field.required", "dataset");
            }
            BatchLimits.text("dataset name", d.name(), 500);
            BatchLimits.text("dataset digest", d.digest(), 64);
            BatchLimits.text("dataset source_type", d.sourceType(), 64);
            BatchLimits.text("dataset source", d.source(), 8000);
            RegistryRules.optional("dataset schema", d.schema(), 16000);
            RegistryRules.optional("dataset profile", d.profile(), 16000);
            RegistryRules.optional("dataset_version_id", d.datasetVersionId(), 64);
            RegistryRules.optional("context", d.context(), 250);
        }
        return inputs;
    }
}
