package se.uppsikt.moderation.channel;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads one channel from channel-registry. A channel the registry does not know is absent, not a failure; every
 * other failure is thrown, and {@link ChannelDirectory} decides what "the registry is down" means.
 */
@ApplicationScoped
public class ChannelRegistryClient {

    private final ChannelRegistryRestClient rest;

    public ChannelRegistryClient(@RestClient ChannelRegistryRestClient rest) {
        this.rest = rest;
    }

    @Timeout(5_000)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public Optional<ChannelFacts> find(UUID channelId) {
        try {
            return Optional.ofNullable(rest.get(channelId));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
