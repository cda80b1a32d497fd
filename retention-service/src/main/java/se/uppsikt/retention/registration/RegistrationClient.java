package se.uppsikt.retention.registration;

import java.nio.file.Path;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Registers disposal records in the diarium through moderation-service. Retrying is safe: the source reference is
 * the idempotency key, so a repeated registration returns the first one. The request is written to a file first
 * ({@link RegistrationRequest#writeTo}) and sent from it, which also lets a retry send the same bytes again.
 */
@ApplicationScoped
public class RegistrationClient {

    private final RegistrationRestClient rest;

    public RegistrationClient(@RestClient RegistrationRestClient rest) {
        this.rest = rest;
    }

    @Timeout(30_000)
    @Retry(maxRetries = 2, delay = 500, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public RegistrationState register(Path body) {
        return rest.register(body.toFile());
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    public RegistrationState state(UUID registrationId) {
        return rest.get(registrationId);
    }
}
