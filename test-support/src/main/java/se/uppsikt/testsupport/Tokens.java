package se.uppsikt.testsupport;

import java.time.Duration;
import java.util.Set;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;

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

    /**
     * A service client's token ({@code service} role) with the given lifetime, signed with the same key and carrying
     * the same issuer and audience as {@link #forUser}: what the OIDC test server hands out for client-credentials
     * grants.
     */
    public static String forServiceClient(String clientId, Duration lifetime) {
        return Jwt.preferredUserName(clientId)
                .groups(Set.of("service"))
                .issuer("https://server.example.com")
                .audience(System.getProperty("quarkus.test.oidc.token.audience", "https://service.example.com"))
                .subject(clientId)
                .expiresIn(lifetime)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token as a machine client with the {@code service} role would present it. */
    public static String forService(String clientId) {
        return forUser(clientId, "service");
    }
}
