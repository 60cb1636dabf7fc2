package org.aiplatform.kernel.impl.audit;

import java.time.Instant;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.kernel.api.audit.AuditRecord;

/** Row of {@code aip_audit}. */
@Entity
@Table(name = "aip_audit")
public class AuditEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "recorded_at", nullable = false)
    private long recordedAt;
    @Column(name = "actor", nullable = false)
    private String actor;
    @Column(name = "action_name", nullable = false)
    private String action;
    @Column(name = "target_type")
    private String targetType;
    @Column(name = "target_id")
    private String targetId;
    @Column(name = "project_id")
    private String projectId;
    @Column(name = "outcome", nullable = false)
    private String outcome;
    @Column(name = "details")
    private String details;

    protected AuditEntity() {
        // for JPA
    }

    AuditEntity(AuditEvent event, Instant at, String details) {
        this.recordedAt = at.toEpochMilli();
        this.actor = clip(event.actor(), 100);
        this.action = clip(event.action(), 100);
        this.targetType = clip(event.targetType(), 50);
        this.targetId = clip(event.targetId(), 200);
        this.projectId = clip(event.projectId(), 32);
        this.outcome = event.outcome().name();
        this.details = details;
    }

    AuditRecord toRecord(Map<String, String> parsedDetails) {
        return new AuditRecord(id, Instant.ofEpochMilli(recordedAt), new AuditEvent(actor, action, targetType,
            targetId, projectId, AuditOutcome.valueOf(outcome), parsedDetails));
    }

    Long id() {
        return id;
    }

    String details() {
        return details;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
