package org.aiplatform.tracking.api;

/**
 * MLflow's run states.
 *
 * @since 1.0.0
 */
public enum RunStatus {
    RUNNING, SCHEDULED, FINISHED, FAILED, KILLED
}
