package se.uppsikt.retention.archive;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The archive as a source of candidates and the place where disposal happens. Both calls may be retried: reading a
 * page has no effect, and the archive answers a repeated dispose of the same (runId, itemId) with its first result.
 * Failures are not swallowed: a run that cannot reach the archive stops, and resumes later from its persisted state.
 */
@ApplicationScoped
public class ArchiveClient implements CandidateSource, Disposer {

    private final ArchiveRestClient rest;

    public ArchiveClient(@RestClient ArchiveRestClient rest) {
        this.rest = rest;
    }

    @Override
    @Timeout(60_000)
    @Retry(maxRetries = 2, delay = 500, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public CandidatePage page(CandidateQuery query) {
        return rest.candidates(query);
    }

    @Override
    @Timeout(120_000)
    @Retry(maxRetries = 2, delay = 500, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public List<DisposeOutcome> dispose(UUID runId, String decisionReference, List<UUID> itemIds) {
        DisposeResponse response = rest.dispose(new DisposeRequest(runId, decisionReference, itemIds));
        return response == null || response.results() == null ? List.of() : response.results();
    }
}
