package se.uppsikt.registry.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * The reason catalogue in force, as moderation-service publishes it. Listing channels asks for it on every page, so
 * the answer is kept for a few minutes; a new catalogue version is a rare, dated legal change. When moderation is
 * unreachable the result is empty and callers decide: reads show {@code UNKNOWN}, activation is refused.
 */
@ApplicationScoped
public class ReasonCatalogueClient {

    private static final Duration KEEP = Duration.of(5, ChronoUnit.MINUTES);

    private final ReasonCatalogueRestClient rest;
    private final Clock clock;
    private volatile ReasonCatalogue cached;
    private volatile Instant cachedAt = Instant.MIN;

    public ReasonCatalogueClient(@RestClient ReasonCatalogueRestClient rest, Clock clock) {
        this.rest = rest;
        this.clock = clock;
    }

    public Optional<ReasonCatalogue> inForce() {
        ReasonCatalogue current = cached;
        if (current != null && cachedAt.plus(KEEP).isAfter(clock.instant())) {
            return Optional.of(current);
        }
        ReasonCatalogue fetched = fetch();
        if (fetched != null) {
            cached = fetched;
            cachedAt = clock.instant();
        }
        return Optional.ofNullable(fetched);
    }

    /** Forgets the kept catalogue, so the next call asks moderation again (after a new version is published). */
    public void forget() {
        cached = null;
    }

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10000)
    @Fallback(fallbackMethod = "unavailable")
    ReasonCatalogue fetch() {
        return rest.inForce();
    }

    ReasonCatalogue unavailable(Throwable cause) {
        Log.warnf("Reason catalogue unavailable: %s", cause.getClass().getSimpleName());
        return null;
    }
}
