package se.uppsikt.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.time.Duration;
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
        // The test kit answers client_credentials with a five-minute token for a user with the admin role and does not
        // answer refresh_token grants at all. A service's own client (realm role `service`, as in the real realm) gets
        // a token for the whole run instead, for both grants: internal APIs that only `service` may call
        // (dispose, ingest) then work in the packaged-stack tests and benchmarks, and a long run never sees its token
        // expire mid-way.
        String body = """
                {"access_token": "%s", "token_type": "Bearer", "expires_in": 43200,
                 "refresh_token": "07e08903-1263-4dd1-9fd1-4a59b0db5283"}
                """.formatted(Tokens.forServiceClient("test-client", Duration.ofHours(12)));
        for (String grant : new String[]{"grant_type=client_credentials", "grant_type=refresh_token"}) {
            WireMock.stubFor(post(urlPathMatching(".*token.*")).atPriority(1)
                    .withRequestBody(containing(grant))
                    .willReturn(okJson(body)));
        }
        config.put("quarkus.oidc.auth-server-url", keycloak + "/realms/quarkus");
        return config;
    }
}
