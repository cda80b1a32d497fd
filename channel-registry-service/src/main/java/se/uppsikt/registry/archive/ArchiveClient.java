package se.uppsikt.registry.archive;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * Asks archive-service for the final capture of a channel (requirement 9: archive before closure). The archive
 * answers only when the capture has finished, so the timeout is generous; a retry is safe because the archive
 * treats a repeated closure capture of the same channel as the same capture.
 */
@ApplicationScoped
public class ArchiveClient {

    private final ArchiveRestClient rest;

    public ArchiveClient(@RestClient ArchiveRestClient rest) {
        this.rest = rest;
    }

    /** The finished capture, or empty when the archive could not confirm one (down, failed, or not finished). */
    public Optional<CaptureResult> finalCapture(UUID channelId) {
        try {
            CaptureResult result = requestFinalCapture(channelId);
            return result != null && result.succeeded() ? Optional.of(result) : Optional.empty();
        } catch (RuntimeException e) {
            Log.warnf("Final capture of channel %s not confirmed: %s", channelId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Timeout(120_000)
    @Retry(maxRetries = 2, delay = 500, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    CaptureResult requestFinalCapture(UUID channelId) {
        return rest.capture(CaptureRequest.finalCapture(channelId));
    }
}
