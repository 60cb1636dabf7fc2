package org.aiplatform.tracking.api;

/**
 * A recorded use of a dataset version by a run.
 *
 * @param runId the run
 * @param dataset what it used, and how
 * @param loggedAt when it was recorded first, epoch ms
 * @since 1.1.0
 */
public record RunInput(String runId, DatasetInput dataset, long loggedAt) {
}
