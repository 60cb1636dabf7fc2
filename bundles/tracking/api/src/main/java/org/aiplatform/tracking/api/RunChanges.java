package org.aiplatform.tracking.api;

/**
 * What an update of a run changes; null leaves a field as it is.
 *
 * @param name a new name
 * @param status a new state
 * @param endTime the end, epoch ms
 * @since 1.0.0
 */
public record RunChanges(String name, RunStatus status, Long endTime) {
}
