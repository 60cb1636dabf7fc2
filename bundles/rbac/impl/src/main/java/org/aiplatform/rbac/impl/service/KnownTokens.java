package org.aiplatform.rbac.impl.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.aiplatform.rbac.impl.auth.AccessCache;
import org.aiplatform.rbac.impl.service.ApiTokenServiceImpl.Holder;

/**
 * API tokens already checked against the database, by hash: scripts and MLflow clients send one on every request,
 * and a query per request cost milliseconds. Like {@link AccessCache}, a change on this node (a revocation) forgets
 * them all at once, and another node's change shows within {@code ttl}. Unknown tokens are never remembered.
 */
final class KnownTokens {
    private static final int MAX = 10_000;

    private final AccessCache access;
    private final Duration ttl;
    private final Map<String, Known> byHash = new ConcurrentHashMap<>();

    KnownTokens(AccessCache access, Duration ttl) {
        this.access = access;
        this.ttl = ttl;
    }

    /** @return the holder of a token checked within ttl, unchanged since, and not expired at {@code now} */
    Optional<Known> get(String hash, Instant now) {
        Known known = byHash.get(hash);
        if (known == null || known.generation != access.generation() || !known.checkedAt.plus(ttl).isAfter(now)
            || (known.expiresAt != null && !known.expiresAt.isAfter(now))) {
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /** Remembers a token unless the access generation moved since it was read. */
    void put(String hash, Known known) {
        if (known.generation != access.generation()) {
            return; // changed while it was read: the next request reads again
        }
        if (byHash.size() >= MAX) {
            byHash.clear();
        }
        byHash.put(hash, known);
    }

    /**
     * A valid token as the database showed it.
     *
     * @param tokenId the token's id
     * @param holder who it authenticates
     * @param expiresAt when it expires, null for never
     * @param lastUsedAt when its use was last written
     * @param checkedAt when the database was read
     * @param generation the access generation at that read
     */
    record Known(String tokenId, Holder holder, Instant expiresAt, Instant lastUsedAt, Instant checkedAt,
                 long generation) {

        Known usedAt(Instant now) {
            return new Known(tokenId, holder, expiresAt, now, checkedAt, generation);
        }
    }
}
