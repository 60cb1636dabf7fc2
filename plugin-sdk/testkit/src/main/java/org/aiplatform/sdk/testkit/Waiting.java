package org.aiplatform.sdk.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for a condition in tests instead of sleeping a fixed time.
 *
 * @since 1.0.0
 */
public final class Waiting {
    private static final long POLL_MILLIS = 100;

    private Waiting() {
    }

    /**
     * Runs the assertion until it passes or the time runs out, then rethrows its last failure.
     *
     * @param within how long to keep trying
     * @param assertion the check
     */
    public static void untilPasses(Duration within, Runnable assertion) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | RuntimeException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            pause();
        }
    }

    /**
     * @param <T> the value type
     * @param within how long to keep trying
     * @param value produces the value, or null while it is not there yet
     * @return the first non-null value
     */
    public static <T> T forValue(Duration within, Supplier<T> value) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            T result = value.get();
            if (result != null) {
                return result;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no value within " + within);
            }
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
