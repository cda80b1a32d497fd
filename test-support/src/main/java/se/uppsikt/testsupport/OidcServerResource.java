package se.uppsikt.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The local OIDC server of Quarkus's test kit (WireMock serving discovery, keys and tokens), wired as the service's
 * identity provider. Tokens from {@link Tokens} are signed with its key and carry the audience {@code uppsikt}
 * (surefire sets {@code quarkus.test.oidc.token.audience}), so tests exercise the same issuer, signature, expiry and
 * audience checks as production.
 */
public class OidcServerResource extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String keycloak = config.get("keycloak.url");
        // Quarkus's OIDC readiness check asks with HEAD; the test kit only answers GET, so readiness would be DOWN.
        WireMock.configureFor(Integer.parseInt(keycloak.replaceAll(".*:(\\d+).*", "$1")));
        WireMock.stubFor(head(urlEqualTo("/auth/realms/quarkus/.well-known/openid-configuration"))
                .willReturn(aResponse().withStatus(200)));
        // It answers client_credentials but not refresh_token grants: once a service's first client-credentials token
        // expires (minutes into a long test run) its OIDC client refreshes, and every call it makes would fail.
        // Keycloak answers the refresh with a fresh token; so does this stub.
        WireMock.stubFor(post(urlPathMatching(".*token.*")).atPriority(1)
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson("""
                        {"access_token": "%s", "token_type": "Bearer", "expires_in": 3600,
                         "refresh_token": "07e08903-1263-4dd1-9fd1-4a59b0db5283"}
                        """.formatted(Tokens.forService("test-client")))));
        config.put("quarkus.oidc.auth-server-url", keycloak + "/realms/quarkus");
        return config;
    }
}
