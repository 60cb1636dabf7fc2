package org.aiplatform.rbac.impl.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts login attempts per client address in one-minute windows. */
public final class RateLimiter {
    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** @return false when this address has used up its attempts for the current minute */
    public boolean tryAcquire(String address) {
        long minute = clock.instant().getEpochSecond() / 60;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.minute < minute); // forget old windows instead of growing forever
        }
        Window window = windows.compute(address == null ? "?" : address,
            (a, w) -> w == null || w.minute != minute ? new Window(minute, 1) : new Window(minute, w.count + 1));
        return window.count <= perMinute;
    }

    /** @return seconds until the current window ends */
    public long retryAfterSeconds() {
        Instant now = clock.instant();
        return 60 - now.getEpochSecond() % 60;
    }

    private record Window(long minute, int count) {
    }
}
