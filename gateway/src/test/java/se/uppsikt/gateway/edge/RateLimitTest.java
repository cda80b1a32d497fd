package se.uppsikt.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import se.uppsikt.commons.security.Roles;
import se.uppsikt.gateway.InjectUpstream;
import se.uppsikt.testsupport.Tokens;

/** Its own application instance: three requests a minute would trip every other test's public calls. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
class RateLimitTest {

    @InjectUpstream
    WireMockServer upstream;

    @Test
    void publicPathsAreLimitedPerClientAndTheRefusalSaysWhenToComeBack() {
        upstream.resetAll();
        upstream.stubFor(get("/kanaler/7").willReturn(okJson("{}")));
        upstream.stubFor(get("/api/v1/channels/7").willReturn(okJson("{}")));

        for (int i = 0; i < 3; i++) {
            given().when().get("/kanaler/7").then().statusCode(200);
        }
        String retryAfter = given().when().get("/kanaler/7")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", is("https://uppsikt.se/problems/too-many-requests"))
                .extract().header("Retry-After");

        // one token comes back every 20 s at three a minute
        assertTrue(Integer.parseInt(retryAfter) >= 1
                && Integer.parseInt(retryAfter) <= 20, "Retry-After " + retryAfter);
        upstream.verify(3, getRequestedFor(urlEqualTo("/kanaler/7")));
        // the limit is for the anonymous public; token holders' API calls are not counted here
        given().auth().oauth2(Tokens.forUser("ada", Roles.ADMIN))
                .when().get("/api/v1/channels/7")
                .then().statusCode(200);
    }

    public static class ThreePerMinute implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("uppsikt.gateway.rate-limit.per-minute", "3");
        }
    }
}
