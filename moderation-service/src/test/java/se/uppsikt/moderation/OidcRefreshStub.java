package se.uppsikt.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import org.eclipse.microprofile.config.ConfigProvider;

import com.github.tomakehurst.wiremock.client.WireMock;

import se.uppsikt.testsupport.Tokens;

/**
 * The test OIDC server answers client_credentials but not refresh_token grants; once this service's first
 * client-credentials token expires (a few minutes into the test run) its OIDC client refreshes and would fail every
 * call to the faked archive. This stub answers the refresh with a fresh token, as Keycloak does.
 */
final class OidcRefreshStub {

    private static volatile boolean stubbed;

    private OidcRefreshStub() {
    }

    static synchronized void ensureStubbed() {
        if (stubbed) {
            return;
        }
        String url = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        int port = Integer.parseInt(url.replaceAll("^https?://[^:/]+:(\\d+).*$", "$1"));
        new WireMock("localhost", port).register(post(urlPathMatching(".*token.*")).atPriority(1)
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson("""
                        {"access_token": "%s", "token_type": "Bearer", "expires_in": 3600,
                         "refresh_token": "07e08903-1263-4dd1-9fd1-4a59b0db5283"}
                        """.formatted(Tokens.forService("moderation-service")))));
        stubbed = true;
    }
}
