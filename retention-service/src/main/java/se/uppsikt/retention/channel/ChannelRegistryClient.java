package se.uppsikt.retention.channel;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads channels from channel-registry. A channel the registry does not know is reported as absent (its records are
 * then never disposed of); any other failure propagates, so a run is not planned on half the facts.
 */
@ApplicationScoped
public class ChannelRegistryClient implements ChannelSource {

    private final ChannelRestClient rest;

    public ChannelRegistryClient(@RestClient ChannelRestClient rest) {
        this.rest = rest;
    }

    @Override
    public Optional<ChannelFacts> find(UUID channelId) {
        try {
            return Optional.ofNullable(read(channelId));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    ChannelFacts read(UUID channelId) {
        return rest.get(channelId);
    }
}
