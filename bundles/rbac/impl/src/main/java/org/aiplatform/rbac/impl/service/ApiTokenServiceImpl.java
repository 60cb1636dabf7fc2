package org.aiplatform.rbac.impl.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.rbac.api.ApiToken;
import org.aiplatform.rbac.api.ApiTokenService;
import org.aiplatform.rbac.api.IssuedApiToken;
import org.aiplatform.rbac.api.NewApiToken;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.auth.Patterns;
import org.aiplatform.rbac.impl.crypto.Secrets;
import org.aiplatform.rbac.impl.store.ApiTokenEntity;
import org.aiplatform.rbac.impl.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Personal access tokens: {@code aip_pat_} + 256 random bits, stored as SHA-256. */
@Component(service = {ApiTokenService.class, ApiTokenServiceImpl.class})
public class ApiTokenServiceImpl implements ApiTokenService {
    /** Every API token starts with this, so that the authenticator can tell it from a JWT at a glance. */
    public static final String PREFIX = "aip_pat_";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final int MAX_SCOPES = 50;

    private final RbacCore core;
    private final KnownTokens known;

    @Activate
    public ApiTokenServiceImpl(@Reference RbacCore core) {
        this.core = core;
        this.known = new KnownTokens(core.access(), Duration.ofSeconds(core.config().cache_seconds()));
    }

    @Override
    public IssuedApiToken create(String userId, NewApiToken token) {
        String name = token.name() == null ? "" : token.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw Rules.invalid("token.name_invalid");
        }
        Set<String> scopes = token.scopes() == null ? Set.of() : Set.copyOf(token.scopes());
        if (scopes.size() > MAX_SCOPES || !scopes.stream().allMatch(Patterns::isValid)) {
            throw Rules.invalid("token.scopes_invalid");
        }
        Integer days = token.expiresInDays();
        if (days != null && (days < 1 || days > 3650)) {
            throw Rules.invalid("token.expiry_invalid");
        }
        String secret = Secrets.token(PREFIX, 32);
        Instant now = core.clock().instant();
        ApiTokenEntity entity = new ApiTokenEntity(userId, name, Secrets.sha256(secret), scopes, now,
            days == null ? null : now.plus(Duration.ofDays(days)));
        core.jpa().run(em -> {
            Users.locked(em, userId);
            em.persist(entity);
        });
        core.audit().record(AuditEvent.success(userId, "token.create", "token", entity.id())
            .with(Map.of("name", name, "scopes", String.join(" ", scopes))));
        return new IssuedApiToken(entity.toToken(), secret);
    }

    @Override
    public List<ApiToken> list(String userId) {
        Instant now = core.clock().instant();
        return core.jpa().inTransaction(em -> em.createQuery(
                "select t from ApiTokenEntity t where t.userId = :u order by t.createdAt desc", ApiTokenEntity.class)
            .setParameter("u", userId).getResultList().stream().filter(t -> t.isValidAt(now))
            .map(ApiTokenEntity::toToken).toList());
    }

    @Override
    public void revoke(String userId, String tokenId, String actor) {
        Instant now = core.clock().instant();
        boolean found = core.jpa().inTransaction(em -> {
            ApiTokenEntity token = tokenId == null ? null : em.find(ApiTokenEntity.class, tokenId);
            if (token == null || !token.userId().equals(userId) || !token.isValidAt(now)) {
                return false;
            }
            token.revoke(now);
            return true;
        });
        if (!found) {
            throw RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "token.not_found", tokenId);
        }
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "token.revoke", "token", tokenId)
            .with(Map.of("owner", userId)));
    }

    /**
     * @param tokenId a token id
     * @return the id of its owner while the token is valid
     */
    public Optional<String> ownerOf(String tokenId) {
        Instant now = core.clock().instant();
        return tokenId == null ? Optional.empty() : core.jpa().inTransaction(em -> Optional.ofNullable(
            em.find(ApiTokenEntity.class, tokenId)).filter(t -> t.isValidAt(now)).map(ApiTokenEntity::userId));
    }

    /**
     * Revokes the token by its secret, for whoever holds it (RFC 7009); the owner is audited as the actor.
     *
     * @param secret a presented {@code aip_pat_} token
     * @return true when it was a valid token, now revoked
     */
    public boolean revokeSecret(String secret) {
        String hash = Secrets.sha256(secret);
        Instant now = core.clock().instant();
        Optional<ApiTokenEntity> revoked = core.jpa().inTransaction(em -> em.createQuery(
                "select t from ApiTokenEntity t where t.tokenHash = :h", ApiTokenEntity.class)
            .setParameter("h", hash).getResultList().stream().findFirst().filter(t -> t.isValidAt(now))
            .map(t -> {
                t.revoke(now);
                return t;
            }));
        revoked.ifPresent(t -> {
            core.access().invalidate();
            core.audit().record(AuditEvent.success(t.userId(), "token.revoke", "token", t.id())
                .with(Map.of("owner", t.userId())));
        });
        return revoked.isPresent();
    }

    /**
     * @param secret a presented {@code aip_pat_} token
     * @return the owner and the token's scopes while it is valid and the owner exists
     */
    public Optional<Holder> authenticate(String secret) {
        String hash = Secrets.sha256(secret);
        Instant now = core.clock().instant();
        Optional<KnownTokens.Known> cached = known.get(hash, now);
        if (cached.isPresent()) {
            KnownTokens.Known token = cached.get();
            if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
                core.jpa().run(em -> Optional.ofNullable(em.find(ApiTokenEntity.class, token.tokenId()))
                    .ifPresent(entity -> entity.used(now)));
                known.put(hash, token.usedAt(now));
            }
            return Optional.of(token.holder());
        }
        long generation = core.access().generation();
        Optional<KnownTokens.Known> loaded = core.jpa().inTransaction(em -> {
            Optional<ApiTokenEntity> token = em.createQuery("select t from ApiTokenEntity t where t.tokenHash = :h",
                    ApiTokenEntity.class).setParameter("h", hash).getResultList().stream().findFirst()
                .filter(t -> t.isValidAt(now));
            UserEntity owner = token.isEmpty() ? null : em.find(UserEntity.class, token.get().userId());
            if (owner == null) {
                return Optional.empty();
            }
            Instant last = token.get().lastUsedAt();
            if (last == null || last.plus(LAST_USED_GRANULARITY).isBefore(now)) {
                token.get().used(now); // at most one write a minute per token, not one per request
            }
            return Optional.of(new KnownTokens.Known(token.get().id(),
                new Holder(owner.id(), owner.username(), token.get().scopes()), token.get().expiresAt(),
                token.get().lastUsedAt(), now, generation));
        });
        loaded.ifPresent(token -> known.put(hash, token));
        return loaded.map(KnownTokens.Known::holder);
    }

    /**
     * Who a valid token authenticates.
     *
     * @param userId the owner's id
     * @param username the owner's name
     * @param scopes the token's scope patterns
     */
    public record Holder(String userId, String username, Set<String> scopes) {
    }
}
