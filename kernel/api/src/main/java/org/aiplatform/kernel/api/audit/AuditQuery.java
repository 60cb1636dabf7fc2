package org.aiplatform.kernel.api.audit;

import java.time.Instant;

/**
 * Filters of an audit search; null fields do not filter. Results come newest first.
 *
 * @param actor only this user id
 * @param action only this action, or actions starting with it when it ends with {@code .*}
 * @param targetType only this target type
 * @param targetId only this target
 * @param projectId only this project
 * @param from only entries at or after this time
 * @param to only entries before this time
 * @since 1.0.0
 */
public record AuditQuery(String actor, String action, String targetType, String targetId, String projectId,
                         Instant from, Instant to) {

    /** @return a query without filters */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
