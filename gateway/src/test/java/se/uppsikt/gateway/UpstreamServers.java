package se.uppsikt.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The services behind the gateway, faked: registry, archive and retention all go to one WireMock server on a free
 * port; archive gets a 1 s timeout so a delayed stub proves the 504; moderation points at a port nobody listens on
 * so it proves the 502; the extra route {@value #BROKEN_PREFIX} does the same for the circuit breaker.
 */
public class UpstreamServers implements QuarkusTestResourceLifecycleManager {

    /** The archive route's timeout in tests; stubs slower than this must end in 504. */
    public static final int ARCHIVE_TIMEOUT_SECONDS = 1;

    /** Served by a route whose upstream is never there; only the circuit-breaker test uses it. */
    public static final String BROKEN_PREFIX = "/api/v1/broken";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String url = server.baseUrl();
        return Map.of(
                "uppsikt.gateway.routes.registry.upstream", url,
                "uppsikt.gateway.routes.archive.upstream", url,
                "uppsikt.gateway.routes.archive.timeout", ARCHIVE_TIMEOUT_SECONDS + "s",
                "uppsikt.gateway.routes.retention.upstream", url,
                "uppsikt.gateway.routes.moderation.upstream", "http://localhost:" + closedPort(),
                // a route of its own for the circuit-breaker test, so opening it disturbs no other test
                "uppsikt.gateway.routes.broken.prefixes", BROKEN_PREFIX,
                "uppsikt.gateway.routes.broken.upstream", "http://localhost:" + closedPort());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectUpstream.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A port that was free a moment ago and that nothing here will open: connecting to it is refused. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
