package se.uppsikt.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.uppsikt.commons.security.Roles;
import se.uppsikt.gateway.InjectUpstream;
import se.uppsikt.gateway.UpstreamServers;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class EdgeProtectionTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ALLOWED_ORIGIN = "https://kommun.example.se";

    // %test.uppsikt.gateway.max-body-size
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @InjectUpstream
    WireMockServer upstream;

    @BeforeEach
    void forgetEarlierRequests() {
        upstream.resetAll();
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedWith413AndNeverForwarded() {
        String tooLarge = "{\"name\": \"" + "x".repeat(MAX_BODY_BYTES) + "\"}";

        given().auth().oauth2(Tokens.forUser("anna", Roles.CHANNEL_ADMIN))
                .contentType(ContentType.JSON).body(tooLarge)
                .when().post("/api/v1/authorities")
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/payload-too-large"))
                .body("status", is(413));

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void bodyWithinTheLimitIsForwarded() {
        upstream.stubFor(post("/api/v1/authorities")
                .willReturn(aResponse().withStatus(201)));

        given().auth().oauth2(Tokens.forUser("anna", Roles.CHANNEL_ADMIN))
                .contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(MAX_BODY_BYTES - 100) + "\"}")
                .when().post("/api/v1/authorities")
                .then().statusCode(201);
    }

    @Test
    void proxiedPageCarriesTheSecurityHeaders() {
        upstream.stubFor(get("/kanaler").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<!DOCTYPE html><html lang=\"sv\"><title>Förteckning</title></html>")));

        assertSecurityHeaders(given().when().get("/kanaler").then().statusCode(200));
    }

    @Test
    void gatewaysOwnProblemsCarryTheSecurityHeaders() {
        assertSecurityHeaders(given().when().get("/api/v1/channels").then().statusCode(401));
        assertSecurityHeaders(given().auth().oauth2(Tokens.forUser("ada", Roles.ADMIN))
                .when().get("/api/v1/nothing").then().statusCode(404));
    }

    @Test
    void configuredOriginGetsCorsHeaders() {
        upstream.stubFor(get("/api/public/v1/channels").willReturn(okJson("[]")));

        given().header("Origin", ALLOWED_ORIGIN)
                .when().get("/api/public/v1/channels")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN);

        given().header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/channels")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void otherOriginGetsNoCorsHeadersEvenIfTheServiceSendsSome() {
        // a service that answers CORS itself must not widen what the gateway allows
        upstream.stubFor(get("/api/public/v1/channels").willReturn(okJson("[]")
                .withHeader("Access-Control-Allow-Origin", "*")));

        given().header("Origin", "https://elak.example.com")
                .when().get("/api/public/v1/channels")
                .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());

        given().header("Origin", "https://elak.example.com")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/channels")
                .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }

    @Test
    void repeatedlyUnreachableServiceOpensTheCircuitAndIsThenAnsweredAtOnce() {
        String token = Tokens.forUser("ada", Roles.ADMIN);
        // %test.uppsikt.gateway.circuit-breaker.failure-threshold
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token)
                    .when().get(UpstreamServers.BROKEN_PREFIX + "/1")
                    .then().statusCode(502)
                    .body("type", is("https://uppsikt.se/problems/bad-gateway"));
        }

        given().auth().oauth2(token)
                .when().get(UpstreamServers.BROKEN_PREFIX + "/1")
                .then().statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .body("type", is("https://uppsikt.se/problems/service-unavailable"))
                .time(lessThan(1000L), TimeUnit.MILLISECONDS);
    }

    private static void assertSecurityHeaders(ValidatableResponse response) {
        response.header("Strict-Transport-Security", containsString("max-age="))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }
}
