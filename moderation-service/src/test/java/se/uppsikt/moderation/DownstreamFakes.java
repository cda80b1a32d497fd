package se.uppsikt.moderation;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * archive-service and the authority's case system as this service sees them over HTTP, on one WireMock server:
 * the archive under {@code /api/v1/...} in the shapes of contracts §1–2, channel-registry under
 * {@code /api/v1/channels/...} (contracts §10), the case system under {@code /case-system}, and the overdue alerts'
 * webhook under {@code /alerts}.
 */
public class DownstreamFakes implements QuarkusTestResourceLifecycleManager {

    public static final String CASE_SYSTEM_PATH = "/case-system/registrations";
    public static final String ALERTS_PATH = "/alerts";

    public static WireMockServer server;
    public static final CaseSystemFake caseSystem = new CaseSystemFake("test-webhook-secret");

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(caseSystem));
        server.start();
        resetServer();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.archive.url", url, "registration.webhook.url", url + CASE_SYSTEM_PATH,
                "quarkus.rest-client.channel-registry.url", url, "moderation.alerts.webhook-url", url + ALERTS_PATH);
    }

    /** A case system that registers every request; an archive that seals evidence and takes down every item. */
    public static void resetToDefaults() {
        resetServer();
    }

    private static void resetServer() {
        server.resetAll();
        caseSystem.reset(0.0, 1);
        server.stubFor(CaseSystemFake.stub());
        ArchiveTakedownFake.executeAll();
        server.stubFor(
                WireMock.post(WireMock.urlEqualTo(ALERTS_PATH)).willReturn(WireMock.aResponse().withStatus(204)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
