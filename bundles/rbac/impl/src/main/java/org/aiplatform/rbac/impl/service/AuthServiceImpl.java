package org.aiplatform.rbac.impl.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.rbac.api.AuthService;
import org.aiplatform.rbac.api.TokenPair;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.crypto.AccessTokens;
import org.aiplatform.rbac.impl.crypto.Secrets;
import org.aiplatform.rbac.impl.store.SessionEntity;
import org.aiplatform.rbac.impl.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Logins make a session: a refresh token (stored hashed, replaced at every refresh) and short-lived access tokens
 * carrying the session id. A refresh token presented twice ends its session: someone else has a copy.
 */
@Component(service = AuthService.class)
public class AuthServiceImpl implements AuthService {
    static final String REFRESH_PREFIX = "aip_rt_";

    private final RbacCore core;

    @Activate
    public AuthServiceImpl(@Reference RbacCore core) {
        this.core = core;
    }

    @Override
    public TokenPair login(String username, String password, String remoteAddress) {
        User user = core.passwords().check(username, password, remoteAddress, "password");
        String refresh = Secrets.token(REFRESH_PREFIX, 32);
        Instant now = core.clock().instant();
        Instant expires = now.plus(Duration.ofDays(core.config().refresh_token_days()));
        SessionEntity session = new SessionEntity(user.id(), Secrets.sha256(refresh), now, expires, remoteAddress);
        core.jpa().run(em -> em.persist(session));
        return pair(user, session.id(), refresh);
    }

    @Override
    public TokenPair refresh(String refreshToken, String remoteAddress) {
        String hash = Secrets.sha256(refreshToken == null ? "" : refreshToken);
        Instant now = core.clock().instant();
        String next = Secrets.token(REFRESH_PREFIX, 32);
        Refreshed refreshed = core.jpa().inTransaction(em -> {
            Optional<SessionEntity> current = em.createQuery(
                    "select s from SessionEntity s where s.refreshHash = :h", SessionEntity.class)
                .setParameter("h", hash).getResultList().stream().findFirst();
            if (current.isEmpty()) {
                em.createQuery("select s from SessionEntity s where s.previousHash = :h", SessionEntity.class)
                    .setParameter("h", hash).getResultList().forEach(reused -> reused.revoke(now));
                return new Refreshed(null, null, true);
            }
            SessionEntity session = current.get();
            UserEntity user = em.find(UserEntity.class, session.userId());
            if (!session.isActiveAt(now) || user == null || user.status() != UserStatus.ACTIVE) {
                return new Refreshed(null, null, false);
            }
            session.rotate(Secrets.sha256(next), now);
            return new Refreshed(session.id(), user.toUser(), false);
        });
        if (refreshed.reused()) {
            core.access().invalidate();
            core.audit().record(new AuditEvent("anonymous", "auth.refresh", "session", null, null,
                AuditOutcome.DENIED, Map.of("reason", "refresh token reused; its session is revoked",
                "address", String.valueOf(remoteAddress))));
        }
        if (refreshed.user() == null) {
            throw RbacMessages.get().error(ErrorCode.UNAUTHENTICATED, "auth.refresh_invalid");
        }
        core.audit().record(AuditEvent.success(refreshed.user().id(), "auth.refresh", "session",
            refreshed.sessionId()));
        return pair(refreshed.user(), refreshed.sessionId(), next);
    }

    /**
     * {@inheritDoc} A null actor stands for the holder of the token (a revocation without other credentials, as
     * RFC 7009 allows): the session's own user is audited.
     */
    @Override
    public void revoke(String token, String actor) {
        Instant now = core.clock().instant();
        Optional<AccessTokens.Claims> claims = core.tokens().verify(token == null ? "" : token);
        String hash = Secrets.sha256(token == null ? "" : token);
        SessionEntity revoked = core.jpa().inTransaction(em -> {
            SessionEntity session = claims.isPresent() ? em.find(SessionEntity.class, claims.get().sessionId())
                : em.createQuery("select s from SessionEntity s where s.refreshHash = :h", SessionEntity.class)
                    .setParameter("h", hash).getResultList().stream().findFirst().orElse(null);
            if (session != null) {
                session.revoke(now);
            }
            return session;
        });
        if (revoked == null) {
            throw RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "auth.token_unknown");
        }
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor == null ? revoked.userId() : actor, "auth.revoke", "session",
            revoked.id()));
    }

    private TokenPair pair(User user, String sessionId, String refresh) {
        String access = core.tokens().issue(user.id(), user.username(), sessionId);
        return new TokenPair(access, "bearer", core.tokens().lifetime().toSeconds(), refresh);
    }

    private record Refreshed(String sessionId, User user, boolean reused) {
    }
}
