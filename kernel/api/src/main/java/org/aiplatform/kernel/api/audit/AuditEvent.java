package org.aiplatform.kernel.api.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One audited action, as the acting bundle reports it. Never put secrets in {@code details}.
 *
 * @param actor the user id (or {@code system}) that acted
 * @param action a dotted verb, e.g. {@code project.create}, {@code auth.login}
 * @param targetType what kind of thing was acted on, e.g. {@code project}
 * @param targetId its id, may be null
 * @param projectId the project it belongs to, may be null
 * @param outcome how it ended
 * @param details small key/value context (names, old and new values), may be empty
 * @since 1.0.0
 */
public record AuditEvent(String actor, String action, String targetType, String targetId, String projectId,
                         AuditOutcome outcome, Map<String, String> details) {

    /**
     * @param actor the actor
     * @param action the action
     * @param targetType the target type
     * @param targetId the target id
     * @param projectId the project id
     * @param outcome the outcome
     * @param details the details
     */
    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /**
     * @param actor the actor
     * @param action the action
     * @param targetType the target type
     * @param targetId the target id
     * @return a successful action without project or details
     */
    public static AuditEvent success(String actor, String action, String targetType, String targetId) {
        return new AuditEvent(actor, action, targetType, targetId, null, AuditOutcome.SUCCESS, Map.of());
    }

    /**
     * @param projectId the project the target belongs to
     * @return this event in that project
     */
    public AuditEvent inProject(String projectId) {
        return new AuditEvent(actor, action, targetType, targetId, projectId, outcome, details);
    }

    /**
     * @param more details to add
     * @return this event with the details
     */
    public AuditEvent with(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(details);
        all.putAll(more);
        return new AuditEvent(actor, action, targetType, targetId, projectId, outcome, all);
    }
}
