package se.uppsikt.testsupport;

import java.util.HashMap;
import java.util.Map;

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
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus");
        return config;
    }
}
