package se.uppsikt.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The application's clock in tests: the system clock until a test sets a fixed instant, so a test can place "now"
 * on a Monday after a weekend or the Tuesday after Easter without waiting. Replaces service-commons' default bean.
 */
public class TestClock extends Clock {

    private static volatile Instant fixed;

    public static void set(Instant now) {
        fixed = now;
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
