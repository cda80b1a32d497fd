package se.uppsikt.moderation.archive;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * archive-service as moderation uses it: reading what came in, and sealing evidence before a takedown. Failures are
 * thrown to the caller, which decides what "the archive is down" means for it (the feed waits; a decision is refused).
 */
@ApplicationScoped
public class ArchiveClient {

    private final ArchiveRestClient rest;

    public ArchiveClient(@RestClient ArchiveRestClient rest) {
        this.rest = rest;
    }

    /** Reading is safe to repeat, so short outages are retried here. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.75, delay = 30_000)
    public FeedPage inbound(long after, int limit) {
        return rest.inbound(after, limit);
    }

    /**
     * Not retried: the archive may already have acted on the platform when its answer is lost; the moderator sees
     * the failure and decides again (a new decision) rather than this service acting twice behind their back.
     */
    @Timeout(60_000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public TakedownResult takedown(TakedownRequest request) {
        return rest.takedown(request);
    }
}
