package se.uppsikt.archive.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * "Now" for deadlines that run for weeks: the appeal time of a disclosure decision and the transfer deadline of an
 * e-arkiv package. A normal-scoped bean so that a test can move it forward (QuarkusMock) without touching the clock the
 * rest of the service, and the hash chain, use.
 */
@ApplicationScoped
public class DeadlineClock {

    private final Clock clock;

    public DeadlineClock(Clock clock) {
        this.clock = clock;
    }

    /** Now, in the microseconds PostgreSQL keeps. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
