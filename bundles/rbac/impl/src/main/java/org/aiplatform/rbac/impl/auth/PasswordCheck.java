package org.aiplatform.rbac.impl.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.crypto.PasswordHasher;
import org.aiplatform.rbac.impl.store.Names;
import org.aiplatform.rbac.impl.store.UserEntity;

/**
 * Checks a user name and password, for token logins and for HTTP Basic alike: too many attempts from one address
 * are refused, repeated failures lock the account for a while, and every failure looks the same to the caller
 * (unknown user, wrong password, locked or disabled account) and takes the same time. Each outcome is audited.
 */
public final class PasswordCheck {
    private final JpaTransactions jpa;
    private final PasswordHasher hasher;
    private final RateLimiter limiter;
    private final AuditLog audit;
    private final int lockAfter;
    private final Duration lockFor;
    private final Clock clock;

    public PasswordCheck(JpaTransactions jpa, PasswordHasher hasher, RateLimiter limiter, AuditLog audit,
                         int lockAfter, Duration lockFor, Clock clock) {
        this.jpa = jpa;
        this.hasher = hasher;
        this.limiter = limiter;
        this.audit = audit;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    /**
     * @param username the login name
     * @param password the password
     * @param remoteAddress the client address
     * @param method how the user logs in ({@code password}, {@code basic}, {@code console}), for the audit log
     * @return the user when the password is right and the account usable
     * @throws ApiException UNAUTHENTICATED for every failure, REQUEST_LIMIT_EXCEEDED for too many attempts
     */
    public User check(String username, String password, String remoteAddress, String method) {
        if (!limiter.tryAcquire(remoteAddress)) {
            record(username, null, AuditOutcome.DENIED, "rate limited", remoteAddress, method);
            throw RbacMessages.get().error(ErrorCode.REQUEST_LIMIT_EXCEEDED, "auth.rate_limited",
                limiter.retryAfterSeconds());
        }
        Optional<UserEntity> found = username == null || username.isBlank() ? Optional.empty()
            : jpa.inTransaction(em -> em.createQuery("select u from UserEntity u where u.usernameKey = :k",
                UserEntity.class).setParameter("k", Names.key(username)).getResultList().stream().findFirst());
        // argon2 runs outside any transaction, and for unknown users too (against a decoy), so that timing
        // does not tell which names exist
        boolean matches = hasher.verify(password, found.map(UserEntity::passwordHash).orElse(null));
        Instant now = clock.instant();
        if (found.isEmpty()) {
            record(username, null, AuditOutcome.FAILURE, "unknown user", remoteAddress, method);
            throw invalid();
        }
        String id = found.get().id();
        String reason = jpa.inTransaction(em -> {
            UserEntity user = em.find(UserEntity.class, id);
            if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
                return "locked";
            }
            if (user.status() != UserStatus.ACTIVE) {
                return "disabled";
            }
            if (!matches) {
                user.loginFailed(lockAfter, now.plus(lockFor));
                return user.lockedUntil() != null && user.lockedUntil().isAfter(now) ? "wrong password, now locked"
                    : "wrong password";
            }
            user.loggedIn(now);
            return null;
        });
        if (reason != null) {
            record(username, id, AuditOutcome.FAILURE, reason, remoteAddress, method);
            throw invalid();
        }
        record(username, id, AuditOutcome.SUCCESS, null, remoteAddress, method);
        return jpa.inTransaction(em -> em.find(UserEntity.class, id).toUser());
    }

    private void record(String username, String userId, AuditOutcome outcome, String reason, String remote,
                        String method) {
        String name = username == null ? "" : username.length() > 64 ? username.substring(0, 64) : username;
        Map<String, String> details = reason == null ? Map.of("method", method, "address", String.valueOf(remote))
            : Map.of("method", method, "address", String.valueOf(remote), "reason", reason);
        audit.record(new AuditEvent(userId != null ? userId : "anonymous", "auth.login", "user",
            userId != null ? userId : name, null, outcome, details));
    }

    private static ApiException invalid() {
        return RbacMessages.get().error(ErrorCode.UNAUTHENTICATED, "auth.invalid_credentials");
    }
}
