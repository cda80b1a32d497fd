package se.uppsikt.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import se.uppsikt.commons.security.Roles;
import se.uppsikt.gateway.InjectUpstream;
import se.uppsikt.testsupport.Tokens;

/**
 * Each way a token can be wrong, minted with the OIDC test server's own signing key ({@code privateKey.jwk} of
 * quarkus-test-oidc-server), so that the one defect under test is the only reason for the 401. The control case
 * proves that a token minted this way is otherwise accepted.
 */
@QuarkusTest
class TokenRulesTest {

    // what the OIDC test server's discovery document announces, and what Tokens.forUser signs
    private static final String ISSUER = "https://server.example.com";
    private static final String AUDIENCE = "uppsikt";
    private static final String SIGNING_KEY = "privateKey.jwk";
    private static final String PATH = "/api/v1/channels";

    @InjectUpstream
    WireMockServer upstream;

    @BeforeEach
    void upstreamAnswers() {
        upstream.resetAll();
        upstream.stubFor(get(PATH).willReturn(okJson("[]")));
    }

    @Test
    void tokenMintedLikeTheProvidersIsAccepted() {
        given().auth().oauth2(sign(claims()))
                .when().get(PATH)
                .then().statusCode(200);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        assertRefused(sign(claims().issuedAt(anHourAgo.minusSeconds(300)).expiresAt(anHourAgo)));
    }

    @Test
    void tokenOfAnotherIssuerIsUnauthorized() {
        assertRefused(sign(claims().issuer("https://idp.annan-kommun.example.se/realms/uppsikt")));
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        assertRefused(sign(claims().audience("ekonomisystemet")));
    }

    @Test
    void tokenWhosePayloadWasChangedAfterSigningIsUnauthorized() {
        String[] parts = Tokens.forUser("maja", Roles.MODERATOR).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String escalated = payload.replace("\"" + Roles.MODERATOR + "\"", "\"" + Roles.ADMIN + "\"");
        String tampered = parts[0] + "." + encode(escalated) + "." + parts[2];

        assertRefused(tampered);
    }

    @Test
    void unsignedTokenWithAlgNoneIsUnauthorized() {
        String payload = new String(Base64.getUrlDecoder().decode(sign(claims()).split("\\.")[1]),
                StandardCharsets.UTF_8);
        String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".";

        assertRefused(unsigned);
    }

    private void assertRefused(String token) {
        given().auth().oauth2(token)
                .when().get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("type", is("https://uppsikt.se/problems/unauthorized"));

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    /** Valid claims: right issuer, audience and lifetime, the admin role. */
    private static JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.preferredUserName("ada")
                .groups(Set.of(Roles.ADMIN))
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign(SIGNING_KEY);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
