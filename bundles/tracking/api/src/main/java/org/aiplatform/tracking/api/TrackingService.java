package org.aiplatform.tracking.api;

import java.util.List;
import java.util.Map;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;

/**
 * Experiments, runs and what runs log. Failures are {@code ApiException}s: unknown ids are
 * RESOURCE_DOES_NOT_EXIST, bad input INVALID_PARAMETER_VALUE, a taken experiment name RESOURCE_ALREADY_EXISTS.
 * Callers check permissions; the service does not.
 *
 * @since 1.0.0
 */
public interface TrackingService {

    /**
     * @param projectId the owning project
     * @param name unique within the project
     * @param description or null
     * @param tags tags, or null
     * @return the new experiment
     */
    Experiment createExperiment(String projectId, String name, String description, Map<String, String> tags);

    /** @return the experiment, deleted or not */
    Experiment getExperiment(String experimentId);

    /**
     * @param projectId the project
     * @param lifecycle only experiments in this state, or null for all
     * @param page the page
     * @return the project's experiments, oldest first
     */
    Page<Experiment> listExperiments(String projectId, Lifecycle lifecycle, PageRequest page);

    /**
     * @param name a new name, unique in the project, or null
     * @param description a new description, or null
     * @param tags tags to set (others stay), or null
     * @return the experiment after the change
     */
    Experiment updateExperiment(String experimentId, String name, String description, Map<String, String> tags);

    /** Moves an experiment to or out of the trash; its runs stay as they are. */
    Experiment setExperimentLifecycle(String experimentId, Lifecycle lifecycle);

    /**
     * @param experimentId an active experiment
     * @param name the run name, or null for the id
     * @param user who starts it
     * @param startTime epoch ms
     * @param parentRunId the parent run of a nested run, or null
     * @return the new run, RUNNING
     */
    Run createRun(String experimentId, String name, String user, long startTime, String parentRunId);

    /** @return the run, deleted or not */
    Run getRun(String runId);

    /**
     * @param experimentId the experiment
     * @param lifecycle only runs in this state, or null for all
     * @param page the page
     * @return the experiment's runs, latest start first
     */
    Page<Run> listRuns(String experimentId, Lifecycle lifecycle, PageRequest page);

    /** @return the run after the change */
    Run updateRun(String runId, RunChanges changes);

    /** Moves a run to or out of the trash. */
    Run setRunLifecycle(String runId, Lifecycle lifecycle);

    /**
     * Writes metrics, params and tags in one transaction; the limits are checked first, so a failed batch
     * writes nothing.
     */
    void logBatch(String runId, LogBatch batch);

    /** @return the run's params by key */
    Map<String, String> params(String runId);

    /** @return the run's tags by key */
    Map<String, String> tags(String runId);

    /** @return every point of the metric, by step then timestamp */
    List<MetricPoint> metricHistory(String runId, String key);

    /** @return the last logged point per metric key (highest step, then timestamp) */
    List<MetricPoint> latestMetrics(String runId);
}
