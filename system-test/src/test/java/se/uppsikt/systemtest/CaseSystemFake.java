package se.uppsikt.systemtest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The authority's case management system (ärendehanteringssystem) behind moderation's REST webhook adapter: it
 * answers each registration with a registration number (diarienummer), one case per source service.
 */
final class CaseSystemFake implements AutoCloseable {

    /** Key of the HMAC signature moderation puts on every delivery; the case system checks it. */
    static final String SECRET = "system-test-webhook-secret";
    static final String DISPOSAL_RECORD_NUMBER = "KS 2026/0412-7";
    static final String REMOVAL_NUMBER = "KS 2026/0413-1";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    CaseSystemFake() {
        server.start();
        answer("retention-service", DISPOSAL_RECORD_NUMBER);
        answer("moderation-service", REMOVAL_NUMBER);
    }

    /** The webhook address moderation delivers to. */
    String url() {
        return "http://127.0.0.1:" + server.port() + "/registrations";
    }

    /** What the case system received for a source reference ({@code Idempotency-Key}). */
    List<LoggedRequest> received(String sourceReference) {
        return server.findAll(postRequestedFor(urlEqualTo("/registrations"))
                .withHeader("Idempotency-Key", equalTo(sourceReference)));
    }

    /** Whether the delivery carries moderation's HMAC-SHA256 over the exact body bytes. */
    static boolean signedByModeration(LoggedRequest request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.getBody()));
            return expected.equals(request.getHeader("X-Uppsikt-Signature"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(String sourceService, String registrationNumber) {
        server.stubFor(post(urlEqualTo("/registrations"))
                .withRequestBody(matchingJsonPath("$.sourceService", equalTo(sourceService)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"registrationNumber\": \"" + registrationNumber + "\"}")));
    }

    @Override
    public void close() {
        server.stop();
    }
}
