package org.aiplatform.tracking.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tracking operations beyond {@link TrackingService} that MLflow's semantics need: finding an experiment by name,
 * moving an experiment to the trash together with its runs, and removing a run tag. Failures are
 * {@code ApiException}s as in {@link TrackingService}; callers check permissions.
 *
 * @since 1.1.0
 */
@ProviderType
public interface TrackingOperations {

    /**
     * @param projectId the project
     * @param name the experiment name (exact)
     * @return the project's experiment of that name, active or deleted, or empty
     */
    Optional<Experiment> findExperimentByName(String projectId, String name);

    /**
     * Moves an experiment and every run of it to or out of the trash, in one transaction (MLflow's delete and
     * restore of an experiment).
     *
     * @param experimentId the experiment
     * @param lifecycle the new state of the experiment and its runs
     * @return the experiment after the change
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST for an unknown experiment
     */
    Experiment setExperimentLifecycleWithRuns(String experimentId, Lifecycle lifecycle);

    /**
     * @param runId the run
     * @param key the tag key
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST for an unknown run or a key the run
     *         has no tag for
     */
    void deleteRunTag(String runId, String key);
}
