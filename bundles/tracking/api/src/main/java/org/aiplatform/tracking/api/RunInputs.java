package org.aiplatform.tracking.api;

import java.util.List;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The dataset versions runs used (MLflow's run inputs), and the other way round: which runs used a dataset version.
 * Failures are {@code ApiException}s as in {@link TrackingService}. Callers check permissions.
 *
 * @since 1.1.0
 */
@ProviderType
public interface RunInputs {
    /** At most this many datasets per call. */
    int MAX_PER_CALL = 1000;

    /**
     * Records inputs of an active run; one already recorded (same name, digest and context) is kept as it was.
     * All or nothing.
     */
    void logInputs(String runId, List<DatasetInput> inputs);

    /** @return the run's inputs, in the order they were first recorded */
    List<RunInput> inputs(String runId);

    /** @return the uses of a platform dataset version, newest first */
    Page<RunInput> usesOf(String datasetVersionId, PageRequest page);

    /** @return the uses of a dataset by name and digest (MLflow's identity of a dataset version), newest first */
    Page<RunInput> usesOf(String name, String digest, PageRequest page);
}
