package org.aiplatform.rbac.impl.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Row of {@code rbac_session}: one login. Its id is the {@code sid} claim of every access token it issues; its
 * refresh token is kept as a SHA-256 and replaced at each refresh (the previous one is kept to catch reuse).
 */
@Entity
@Table(name = "rbac_session")
public class SessionEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "refresh_hash")
    private String refreshHash;
    @Column(name = "previous_hash")
    private String previousHash;
    @Column(name = "created_at")
    private long createdAt;
    @Column(name = "refreshed_at")
    private long refreshedAt;
    @Column(name = "expires_at")
    private long expiresAt;
    @Column(name = "revoked_at")
    private Long revokedAt;
    @Column(name = "remote_addr")
    private String remoteAddr;

    protected SessionEntity() {
        // for JPA
    }

    public SessionEntity(String userId, String refreshHash, Instant now, Instant expiresAt, String remoteAddr) {
        this.id = Names.newId();
        this.userId = userId;
        this.refreshHash = refreshHash;
        this.createdAt = now.toEpochMilli();
        this.refreshedAt = createdAt;
        this.expiresAt = expiresAt.toEpochMilli();
        this.remoteAddr = remoteAddr == null || remoteAddr.length() <= 64 ? remoteAddr : remoteAddr.substring(0, 64);
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && expiresAt > now.toEpochMilli();
    }

    public Instant expiresAt() {
        return Instant.ofEpochMilli(expiresAt);
    }

    public void rotate(String newRefreshHash, Instant now) {
        this.previousHash = refreshHash;
        this.refreshHash = newRefreshHash;
        this.refreshedAt = now.toEpochMilli();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now.toEpochMilli();
        }
    }
}
