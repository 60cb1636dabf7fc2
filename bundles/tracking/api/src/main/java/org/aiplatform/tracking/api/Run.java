package org.aiplatform.tracking.api;

/**
 * A run of an experiment.
 *
 * @param id 32 lower-case hex characters, like MLflow's run_uuid
 * @param experimentId the experiment
 * @param name the run name
 * @param status the state
 * @param startTime epoch ms
 * @param endTime epoch ms, or null while it runs
 * @param user who started it
 * @param parentRunId the parent of a nested run, or null
 * @param lifecycle active or deleted
 * @since 1.0.0
 */
public record Run(String id, String experimentId, String name, RunStatus status, long startTime, Long endTime,
                  String user, String parentRunId, Lifecycle lifecycle) {
}
