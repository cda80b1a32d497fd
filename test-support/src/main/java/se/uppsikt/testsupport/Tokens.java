package se.uppsikt.testsupport;

import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Real RS256-signed access tokens from the local OIDC test server ({@link OidcWiremockTestResource}), with the
 * given realm roles. Services validate them exactly as they validate Keycloak's: signature, issuer, expiry.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A token for {@code user} carrying {@code roles} as its groups claim (mapped to roles by Quarkus OIDC). */
    public static String forUser(String user, String... roles) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
    }

    /** A token as a machine client with the {@code service} role would present it. */
    public static String forService(String clientId) {
        return forUser(clientId, "service");
    }
}
