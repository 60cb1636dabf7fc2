package org.aiplatform.kernel.api.audit;

import java.time.Instant;

/**
 * A stored audit entry.
 *
 * @param id the sequence number, increasing with time
 * @param at when it was recorded
 * @param event what happened
 * @since 1.0.0
 */
public record AuditRecord(long id, Instant at, AuditEvent event) {
}
