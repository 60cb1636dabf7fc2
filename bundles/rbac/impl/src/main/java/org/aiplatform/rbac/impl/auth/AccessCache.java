package org.aiplatform.rbac.impl.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;

import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.impl.store.GrantEntity;
import org.aiplatform.rbac.impl.store.RoleEntity;
import org.aiplatform.rbac.impl.store.UserEntity;

/**
 * Access decisions are made on every request, so each user's {@link Access} and the set of revoked sessions are
 * kept in memory. Any change on this node invalidates them at once; changes made by other nodes sharing the
 * database show after at most {@code ttl}.
 */
public final class AccessCache {
    private final JpaTransactions jpa;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> byUser = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile RevokedSessions revoked = new RevokedSessions(Set.of(), Instant.MIN, -1);

    public AccessCache(JpaTransactions jpa, Duration ttl, Clock clock) {
        this.jpa = jpa;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Forgets everything: call after any change to users, roles, groups, grants or sessions. */
    public void invalidate() {
        generation.incrementAndGet();
        byUser.clear();
        revoked = new RevokedSessions(Set.of(), Instant.MIN, -1);
    }

    /** @return a number that changes whenever the cache is invalidated, for caches that depend on this one */
    public long generation() {
        return generation.get();
    }

    /** @return the user's access, or empty when the account does not exist */
    public Optional<Access> access(String userId) {
        long gen = generation.get();
        Instant now = clock.instant();
        Entry cached = byUser.get(userId);
        if (cached != null && cached.generation == gen && cached.loadedAt.plus(ttl).isAfter(now)) {
            return cached.access;
        }
        Optional<Access> loaded = jpa.inTransaction(em -> load(em, userId));
        if (generation.get() == gen) { // a change during the load must not leave stale access behind
            byUser.put(userId, new Entry(loaded, now, gen));
        }
        return loaded;
    }

    /** @return true when the session was revoked (logout, refresh reuse, account change) */
    public boolean isRevoked(String sessionId) {
        RevokedSessions current = revoked;
        Instant now = clock.instant();
        long gen = generation.get();
        if (current.generation != gen || current.loadedAt.plus(ttl).isBefore(now)) {
            Set<String> ids = jpa.inTransaction(em -> new HashSet<>(em.createQuery(
                "select s.id from SessionEntity s where s.revokedAt is not null and s.expiresAt > :now",
                String.class).setParameter("now", now.toEpochMilli()).getResultList()));
            current = new RevokedSessions(ids, now, gen);
            if (generation.get() == gen) {
                revoked = current;
            }
        }
        return current.ids.contains(sessionId);
    }

    private static Optional<Access> load(EntityManager em, String userId) {
        UserEntity user = em.find(UserEntity.class, userId);
        if (user == null) {
            return Optional.empty();
        }
        Map<String, Set<String>> roles = new HashMap<>();
        for (RoleEntity role : em.createQuery("select r from RoleEntity r", RoleEntity.class).getResultList()) {
            roles.put(role.toRole().name(), role.patterns());
        }
        List<String> groups = em.createQuery("select m.groupId from GroupMemberEntity m where m.userId = :u",
            String.class).setParameter("u", userId).getResultList();
        List<GrantEntity> grants = em.createQuery("select g from GrantEntity g where "
                + "(g.subjectType = :user and g.subjectId = :id) or (g.subjectType = :group and g.subjectId in :groups)",
                GrantEntity.class)
            .setParameter("user", SubjectType.USER.name()).setParameter("id", userId)
            .setParameter("group", SubjectType.GROUP.name())
            .setParameter("groups", groups.isEmpty() ? List.of("-") : groups)
            .getResultList();
        Map<String, Set<String>> perProject = new HashMap<>();
        for (GrantEntity grant : grants) {
            perProject.computeIfAbsent(grant.projectId(), p -> new HashSet<>())
                .addAll(roles.getOrDefault(grant.role(), Set.of()));
        }
        perProject.replaceAll((p, patterns) -> Set.copyOf(patterns));
        return Optional.of(new Access(user.toUser(), roles.getOrDefault(user.role(), Set.of()),
            Map.copyOf(perProject)));
    }

    private record Entry(Optional<Access> access, Instant loadedAt, long generation) {
    }

    private record RevokedSessions(Set<String> ids, Instant loadedAt, long generation) {
    }
}
