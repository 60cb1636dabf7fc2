package org.aiplatform.rbac.impl.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserStatus;

/** Row of {@code rbac_user}; the password hash never leaves this bundle. */
@Entity
@Table(name = "rbac_user")
public class UserEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "username")
    private String username;
    @Column(name = "username_key")
    private String usernameKey;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "email")
    private String email;
    @Column(name = "role_name")
    private String role;
    @Column(name = "status")
    private String status;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "must_change")
    private boolean mustChange;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Long lockedUntil;
    @Column(name = "created_at")
    private long createdAt;
    @Column(name = "last_login_at")
    private Long lastLoginAt;

    protected UserEntity() {
        // for JPA
    }

    public UserEntity(String id, String username, String role, String passwordHash, boolean mustChange,
                      Instant now) {
        this.id = id;
        this.username = username;
        this.usernameKey = Names.key(username);
        this.role = role;
        this.status = UserStatus.ACTIVE.name();
        this.passwordHash = passwordHash;
        this.mustChange = mustChange;
        this.createdAt = now.toEpochMilli();
    }

    public User toUser() {
        return new User(id, username, displayName, email, role, UserStatus.valueOf(status), mustChange,
            Instant.ofEpochMilli(createdAt), lastLoginAt == null ? null : Instant.ofEpochMilli(lastLoginAt));
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public UserStatus status() {
        return UserStatus.valueOf(status);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil == null ? null : Instant.ofEpochMilli(lockedUntil);
    }

    public void describe(String newDisplayName, String newEmail) {
        if (newDisplayName != null) {
            this.displayName = newDisplayName.isBlank() ? null : newDisplayName.strip();
        }
        if (newEmail != null) {
            this.email = newEmail.isBlank() ? null : newEmail.strip();
        }
    }

    public void role(String newRole) {
        this.role = newRole;
    }

    public void status(UserStatus newStatus) {
        this.status = newStatus.name();
    }

    public void password(String newHash, boolean mustChangeNext) {
        this.passwordHash = newHash;
        this.mustChange = mustChangeNext;
    }

    public void loginFailed(int lockAfter, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= lockAfter) {
            lockedUntil = lockUntil.toEpochMilli();
            failedLogins = 0;
        }
    }

    public void loggedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now.toEpochMilli();
    }
}
