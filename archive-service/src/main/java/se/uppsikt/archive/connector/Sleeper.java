package se.uppsikt.archive.connector;

import java.time.Duration;

/** Waits between retries after a rate limit; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(PlatformException.Kind.UNAVAILABLE, "interrupted while backing off", e);
            }
        };
    }
}
