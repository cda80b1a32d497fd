package se.uppsikt.gateway.route;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * The gateway's route table and edge settings, all under {@code uppsikt.gateway}. Every key can be overridden by an
 * environment variable ({@code UPPSIKT_GATEWAY_ROUTES_REGISTRY_UPSTREAM}), so one image serves every deployment.
 */
@ConfigMapping(prefix = "uppsikt.gateway")
public interface GatewayConfig {

    /** The routes by name ({@code registry}, {@code archive}, …); the name only appears in logs. */
    Map<String, Route> routes();

    /**
     * Paths anyone may call without a token, in the syntax of Quarkus HTTP permissions ({@code /kanaler/*}). The
     * permission {@code quarkus.http.auth.permission.public.paths} reads this key, so the whole edge is described
     * under one prefix.
     */
    List<String> publicPaths();

    /**
     * Path prefixes of the services' service-to-service APIs (ingest, inbound feed, takedowns, disposals), which no
     * route may expose. Declared rather than implied, so that a service path that is neither routed nor internal is
     * a mistake the gateway can name ({@code RouteCoverageTest}) instead of an endpoint silently unreachable.
     */
    List<String> internalPaths();

    /** Connections the gateway keeps open to each upstream service at most; further requests wait for one. */
    @WithDefault("64")
    int maxConnectionsPerUpstream();

    /**
     * The largest request body the gateway lets through, e.g. {@code 10M}; bigger requests are answered 413 before
     * they reach a service (or a token check), so one client cannot tie up an upstream with a giant upload.
     */
    @WithDefault("10M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxBodySize();

    /** Rate limiting of the public paths (what the anonymous public reads). */
    RateLimit rateLimit();

    /** After how many failures in a row a route stops trying its upstream for a while. */
    CircuitBreaker circuitBreaker();

    /** Settings of the aggregated OpenAPI document. */
    OpenApi openapi();

    /** Per client IP and minute, on {@link #publicPaths()} only; token holders are identified and limited upstream. */
    interface RateLimit {

        /** Requests a client IP may make per minute (sustained); it may also spend them in one burst. */
        @WithDefault("120")
        int perMinute();
    }

    /** A per-route circuit breaker: a dead service costs callers one fast 503, not a timeout each. */
    interface CircuitBreaker {

        /** Consecutive connection failures or timeouts that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 before one request is let through to try again. */
        @WithDefault("30s")
        Duration openFor();
    }

    /** The document integrators generate their clients from. */
    interface OpenApi {

        /** The base URL integrators call, written into the document's {@code servers}. */
        @WithDefault("http://localhost:8080")
        String serverUrl();

        /** The OIDC provider's realm URL, for the document's OpenID Connect security scheme. */
        @WithDefault("${quarkus.oidc.auth-server-url}")
        String oidcUrl();
    }

    /** One upstream service and the paths it serves. */
    interface Route {

        /**
         * Path prefixes sent to this upstream. A prefix matches itself and everything below it: {@code /kanaler}
         * matches {@code /kanaler} and {@code /kanaler/42}, never {@code /kanalerna}. Paths no route names are not
         * reachable through the gateway (the services' internal APIs stay internal).
         */
        List<String> prefixes();

        /** Base URL of the service, e.g. {@code http://localhost:8081}; a path in it is put before the request path. */
        URI upstream();

        /**
         * How long the upstream may take to connect or stay silent before the gateway gives up and answers 504. An
         * idle timeout, not a total one: a long download that keeps sending is not cut off.
         */
        @WithDefault("10s")
        Duration timeout();
    }
}
