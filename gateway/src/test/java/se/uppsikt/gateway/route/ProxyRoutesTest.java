package se.uppsikt.gateway.route;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.commons.security.Roles;
import se.uppsikt.gateway.InjectUpstream;
import se.uppsikt.gateway.UpstreamServers;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ProxyRoutesTest {

    private static final String PROBLEM = "application/problem+json";

    @InjectUpstream
    WireMockServer upstream;

    @BeforeEach
    void forgetEarlierRequests() {
        upstream.resetAll();
    }

    @Test
    void requestReachesItsUpstreamWithTheCallersTokenAndOneRequestId() {
        upstream.stubFor(get("/api/v1/channels/42?expand=owner")
                .willReturn(okJson("""
                        {"id": 42, "name": "Katrineholms kommun på Facebook"}
                        """)));
        String token = Tokens.forUser("anna", Roles.CHANNEL_ADMIN);

        String requestId = given().auth().oauth2(token)
                .when().get("/api/v1/channels/42?expand=owner")
                .then().statusCode(200)
                .body("name", is("Katrineholms kommun på Facebook"))
                .header("X-Request-Id", notNullValue())
                .extract().header("X-Request-Id");

        upstream.verify(1, getRequestedFor(urlEqualTo("/api/v1/channels/42?expand=owner"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo(requestId)));
    }

    @Test
    void requestIdOfTheCallerIsPassedOnUnchanged() {
        upstream.stubFor(get("/api/v1/retention-decisions").willReturn(okJson("[]")));

        given().auth().oauth2(Tokens.forUser("anna", Roles.ARCHIVIST))
                .header("X-Request-Id", "kommun-7f3a.42")
                .when().get("/api/v1/retention-decisions")
                .then().statusCode(200)
                .header("X-Request-Id", "kommun-7f3a.42");

        upstream.verify(1, getRequestedFor(urlEqualTo("/api/v1/retention-decisions"))
                .withHeader("X-Request-Id", equalTo("kommun-7f3a.42")));
    }

    @Test
    void bodyStatusAndHeadersTravelBothWays() {
        upstream.stubFor(post("/api/v1/authorities")
                .willReturn(aResponse().withStatus(201)
                        .withHeader("Location", "/api/v1/authorities/7")
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id": 7, "name": "Kultur- och turismnämnden"}
                                """)));
        String body = """
                {"name": "Kultur- och turismnämnden", "organisationNumber": "212000-0357"}
                """;

        given().auth().oauth2(Tokens.forUser("anna", Roles.CHANNEL_ADMIN))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/authorities")
                .then().statusCode(201)
                .header("Location", "/api/v1/authorities/7")
                .body("id", is(7));

        upstream.verify(1, postRequestedFor(urlEqualTo("/api/v1/authorities"))
                .withRequestBody(equalToJson(body))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-For", matching(".+")));
    }

    @Test
    void problemOfAServiceIsPassedOnUntouched() {
        upstream.stubFor(get("/api/v1/holds/9")
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", PROBLEM)
                        .withBody("""
                                {"type": "https://uppsikt.se/problems/hold-active", "title": "Conflict", "status": 409}
                                """)));

        given().auth().oauth2(Tokens.forUser("arvid", Roles.ARCHIVIST))
                .when().get("/api/v1/holds/9")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/hold-active"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nothing", "/api/v1/channelsX", "/api/v1/feed", "/api/v1/feed/items",
            "/api/v1/takedowns", "/api/v1/disposals/3"})
    void pathNoRouteNamesIsNotFoundAndNeverForwarded(String path) {
        given().auth().oauth2(Tokens.forUser("ada", Roles.ADMIN))
                .when().get(path)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/not-found"))
                .body("status", is(404))
                .body("instance", is(path))
                .body("requestId", notNullValue());

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void dotSegmentsCannotClimbIntoAnInternalPath() {
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.forUser("ada", Roles.ADMIN))
                .when().get("/api/v1/channels/%2e%2e/feed/inbound")
                .then().statusCode(404)
                .contentType(PROBLEM);

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void upstreamReceivesThePathTheRouteWasChosenBy() {
        upstream.stubFor(get("/api/v1/channels/7").willReturn(okJson("{}")));

        given().urlEncodingEnabled(false).auth().oauth2(Tokens.forUser("ada", Roles.ADMIN))
                .when().get("/api/v1/feed/%2e%2e/channels/7")
                .then().statusCode(200);

        upstream.verify(1, getRequestedFor(urlEqualTo("/api/v1/channels/7")));
        upstream.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void unreachableUpstreamIsBadGateway() {
        given().auth().oauth2(Tokens.forUser("maja", Roles.MODERATOR))
                .header("X-Request-Id", "rid-502")
                .when().get("/api/v1/review/queue")
                .then().statusCode(502)
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/bad-gateway"))
                .body("status", is(502))
                .body("instance", is("/api/v1/review/queue"))
                .body("requestId", is("rid-502"));
    }

    @Test
    void upstreamSlowerThanItsTimeoutIsGatewayTimeoutWithinThatTimeout() {
        upstream.stubFor(get("/api/v1/items/1").willReturn(okJson("{}").withFixedDelay(4000)));

        given().auth().oauth2(Tokens.forUser("arvid", Roles.ARCHIVIST))
                .when().get("/api/v1/items/1")
                .then().statusCode(504)
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/gateway-timeout"))
                .body("requestId", notNullValue())
                // the stub answers after 4 s: a 504 well before that proves the gateway gave up at its own timeout
                .time(lessThan(UpstreamServers.ARCHIVE_TIMEOUT_SECONDS * 1000L + 2500L), TimeUnit.MILLISECONDS);
    }

    /** A POST times out like a GET: with a body the gateway already streamed upstream, and with an empty one. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"reason\": \"MANUAL\"}", ""})
    void postToASlowUpstreamIsGatewayTimeoutToo(String body) {
        upstream.stubFor(post("/api/v1/holds").willReturn(okJson("{}").withFixedDelay(4000)));

        given().auth().oauth2(Tokens.forUser("arvid", Roles.ARCHIVIST))
                .config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                        .httpClientConfig().setParam("http.socket.timeout", 15_000)))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/holds")
                .then().statusCode(504)
                .contentType(PROBLEM)
                .body("type", is("https://uppsikt.se/problems/gateway-timeout"));
    }

    @Test
    void metricsCountRoutesNotTheEndlessPathsBelowThem() {
        upstream.stubFor(get(urlPathMatching("/kanaler/.*")).willReturn(okJson("{}")));
        given().when().get("/kanaler/101").then().statusCode(200);
        given().when().get("/kanaler/102").then().statusCode(200);
        given().when().get("/api/v1/probe-4711").then().statusCode(401);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("uri=\"/kanaler/*\""))
                .body(not(containsString("/kanaler/101")))
                .body(not(containsString("probe-4711")));
    }
}
