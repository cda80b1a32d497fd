package se.uppsikt.archive.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * The archive's view of channel-registry-service (contract 10): channel and authority names for renditions, the
 * channel's platform handle and URL for the connectors, the capture schedules, and the report after each capture.
 * Lookups never fail the caller: an unreachable registry gives an empty answer that the caller shows as unknown.
 */
@ApplicationScoped
public class ChannelRegistry {

    private final ChannelRegistryRestClient rest;

    public ChannelRegistry(@RestClient ChannelRegistryRestClient rest) {
        this.rest = rest;
    }

    public Optional<RegistryChannel> channel(UUID channelId) {
        try {
            return Optional.ofNullable(fetchChannel(channelId));
        } catch (RuntimeException e) {
            Log.warnf("Channel %s not found in the registry: %s", channelId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    public Optional<RegistryAuthority> authority(UUID authorityId) {
        try {
            return Optional.ofNullable(fetchAuthority(authorityId));
        } catch (RuntimeException e) {
            Log.warnf("Authority %s not found in the registry: %s", authorityId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The channel's and its authority's names, or a label saying the registry did not know or answer. */
    public ChannelLabel label(UUID channelId) {
        return channel(channelId).map(c -> new ChannelLabel(channelId, c.name(), c.handle(),
                c.authorityId() == null ? null : authority(c.authorityId()).map(RegistryAuthority::name).orElse(null),
                true)).orElseGet(() -> ChannelLabel.unknown(channelId));
    }

    /** The schedules of every channel; throws when the registry cannot be asked, so that a scheduler skips a round. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public List<CaptureScheduleEntry> captureSchedules() {
        return rest.captureSchedules();
    }

    /** Reports a finished capture; false when the registry could not be told (the capture record still exists). */
    public boolean reportCapture(UUID channelId, UUID captureId, String status, Instant completedAt) {
        try {
            sendReport(channelId, new CaptureReport(captureId, status, completedAt));
            return true;
        } catch (RuntimeException e) {
            Log.warnf("Capture %s of channel %s not reported to the registry: %s", captureId, channelId,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    @Timeout(5_000)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000)
    RegistryChannel fetchChannel(UUID channelId) {
        return rest.channel(channelId);
    }

    @Timeout(5_000)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000)
    RegistryAuthority fetchAuthority(UUID authorityId) {
        return rest.authority(authorityId);
    }

    @Timeout(5_000)
    @Retry(maxRetries = 2, delay = 200, abortOn = WebApplicationException.class)
    void sendReport(UUID channelId, CaptureReport report) {
        rest.reportCapture(channelId, report);
    }
}
