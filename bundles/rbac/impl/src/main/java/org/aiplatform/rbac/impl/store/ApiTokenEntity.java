package org.aiplatform.rbac.impl.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.aiplatform.rbac.api.ApiToken;

/** Row of {@code rbac_api_token}: the token is kept only as the SHA-256 of its secret. */
@Entity
@Table(name = "rbac_api_token")
public class ApiTokenEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "name")
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "scopes")
    private String scopes;
    @Column(name = "created_at")
    private long createdAt;
    @Column(name = "expires_at")
    private Long expiresAt;
    @Column(name = "last_used_at")
    private Long lastUsedAt;
    @Column(name = "revoked_at")
    private Long revokedAt;

    protected ApiTokenEntity() {
        // for JPA
    }

    public ApiTokenEntity(String userId, String name, String tokenHash, Set<String> scopes, Instant now,
                          Instant expiresAt) {
        this.id = Names.newId();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scopes = String.join(" ", new TreeSet<>(scopes));
        this.createdAt = now.toEpochMilli();
        this.expiresAt = expiresAt == null ? null : expiresAt.toEpochMilli();
    }

    public ApiToken toToken() {
        return new ApiToken(id, name, userId, scopes(), Instant.ofEpochMilli(createdAt),
            expiresAt == null ? null : Instant.ofEpochMilli(expiresAt),
            lastUsedAt == null ? null : Instant.ofEpochMilli(lastUsedAt));
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public Set<String> scopes() {
        return scopes.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(scopes.trim().split("\\s+")));
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt > now.toEpochMilli());
    }

    public Instant expiresAt() {
        return expiresAt == null ? null : Instant.ofEpochMilli(expiresAt);
    }

    public Instant lastUsedAt() {
        return lastUsedAt == null ? null : Instant.ofEpochMilli(lastUsedAt);
    }

    public void used(Instant now) {
        this.lastUsedAt = now.toEpochMilli();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now.toEpochMilli();
        }
    }
}
