package org.aiplatform.rbac.impl.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of {@code rbac_invitation}: the code is kept as a SHA-256 and works once. */
@Entity
@Table(name = "rbac_invitation")
public class InvitationEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "email")
    private String email;
    @Column(name = "role_name")
    private String role;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private long createdAt;
    @Column(name = "expires_at")
    private long expiresAt;
    @Column(name = "used_at")
    private Long usedAt;
    @Column(name = "used_by")
    private String usedBy;

    protected InvitationEntity() {
        // for JPA
    }

    public InvitationEntity(String codeHash, String email, String role, String createdBy, Instant now,
                            Instant expiresAt) {
        this.id = Names.newId();
        this.codeHash = codeHash;
        this.email = email;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = now.toEpochMilli();
        this.expiresAt = expiresAt.toEpochMilli();
    }

    public String role() {
        return role;
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && expiresAt > now.toEpochMilli();
    }

    public void use(String userId, Instant now) {
        this.usedAt = now.toEpochMilli();
        this.usedBy = userId;
    }
}
