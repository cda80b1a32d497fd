package se.uppsikt.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

import se.uppsikt.commons.security.Roles;
import se.uppsikt.gateway.InjectUpstream;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class EdgeSecurityTest {

    private static final String PROBLEM = "application/problem+json";

    private static final String OIDC_CHECK = "OIDC Provider Health Check";

    @InjectUpstream
    WireMockServer upstream;

    @OidcWireMock
    WireMockServer oidc;

    @BeforeEach
    void forgetEarlierRequests() {
        upstream.resetAll();
    }

    @Test
    void protectedRouteWithoutTokenIsUnauthorizedAndNeverForwarded() {
        given().when().get("/api/v1/channels")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/unauthorized"))
                .body("instance", is("/api/v1/channels"));

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void writeWithoutTokenIsUnauthorizedAndItsBodyNeverForwarded() {
        given().contentType(ContentType.JSON).body("""
                {"reason": "Personuppgifter om tredje man"}
                """)
                .when().post("/api/v1/erasure-requests")
                .then().statusCode(401)
                .contentType(PROBLEM);

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws NoSuchAlgorithmException {
        String forged = resignedWithAFreshKey(Tokens.forUser("mallory", Roles.ADMIN));

        given().auth().oauth2(forged)
                .when().get("/api/v1/channels")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/unauthorized"))
                .body("status", is(401));

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void garbageTokenIsUnauthorized() {
        given().auth().oauth2("not-a-jwt")
                .when().get("/api/v1/items")
                .then().statusCode(401)
                .contentType(PROBLEM);

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void publicPathsReachTheirUpstreamWithoutToken() {
        upstream.stubFor(get("/kanaler/7").willReturn(okJson("{}")));
        upstream.stubFor(get("/api/public/v1/channels?authority=3").willReturn(okJson("[]")));

        given().when().get("/kanaler/7").then().statusCode(200);
        given().when().get("/api/public/v1/channels?authority=3").then().statusCode(200);

        upstream.verify(1, getRequestedFor(urlEqualTo("/kanaler/7")));
        upstream.verify(1, getRequestedFor(urlEqualTo("/api/public/v1/channels?authority=3")));
    }

    @Test
    void readinessFollowsTheIdentityProvider() {
        // the OIDC check sends HEAD to the discovery document; take away every HEAD answer the provider has
        List<StubMapping> headAnswers = oidc.getStubMappings().stream()
                .filter(stub -> RequestMethod.HEAD.equals(stub.getRequest().getMethod()))
                .toList();
        headAnswers.forEach(oidc::removeStub);
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == '%s' }.status".formatted(OIDC_CHECK), is("DOWN"));

            StubMapping discovery = oidc.stubFor(head(urlPathMatching(".*/.well-known/openid-configuration"))
                    .willReturn(aResponse().withStatus(200)));
            given().when().get("/q/health/ready")
                    .then().statusCode(200)
                    .body("status", is("UP"))
                    .body("checks.find { it.name == '%s' }.status".formatted(OIDC_CHECK), is("UP"));
            oidc.removeStub(discovery);
        } finally {
            headAnswers.forEach(oidc::addStubMapping);
        }
    }

    /** The same claims as a real token (issuer, audience, roles, expiry), signed by a key the provider never had. */
    private static String resignedWithAFreshKey(String token) throws NoSuchAlgorithmException {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonObject claims;
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            claims = reader.readObject();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        return Jwt.claims(claims).sign(keys.getPrivate());
    }
}
