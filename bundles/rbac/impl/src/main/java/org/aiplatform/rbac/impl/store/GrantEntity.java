package org.aiplatform.rbac.impl.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.aiplatform.rbac.api.SubjectType;

/** Row of {@code rbac_grant}: a role in one project for a user or a group. */
@Entity
@Table(name = "rbac_grant")
public class GrantEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "project_id")
    private String projectId;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private String subjectId;
    @Column(name = "role_name")
    private String role;
    @Column(name = "granted_at")
    private long grantedAt;
    @Column(name = "granted_by")
    private String grantedBy;

    protected GrantEntity() {
        // for JPA
    }

    public GrantEntity(String projectId, SubjectType type, String subjectId, String role, String actor,
                       Instant now) {
        this.id = Names.newId();
        this.projectId = projectId;
        this.subjectType = type.name();
        this.subjectId = subjectId;
        this.role = role;
        this.grantedBy = actor;
        this.grantedAt = now.toEpochMilli();
    }

    public String projectId() {
        return projectId;
    }

    public SubjectType subjectType() {
        return SubjectType.valueOf(subjectType);
    }

    public String subjectId() {
        return subjectId;
    }

    public String role() {
        return role;
    }

    public Instant grantedAt() {
        return Instant.ofEpochMilli(grantedAt);
    }

    public void regrant(String newRole, String actor, Instant now) {
        this.role = newRole;
        this.grantedBy = actor;
        this.grantedAt = now.toEpochMilli();
    }
}
