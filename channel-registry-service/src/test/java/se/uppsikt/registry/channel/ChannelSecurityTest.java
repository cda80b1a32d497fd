package se.uppsikt.registry.channel;

import static io.restassured.RestAssured.given;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

/**
 * Every protected endpoint of the register: 401 without a token, 403 with a token whose roles do not allow it.
 * Bodies are valid JSON so that the role check, not content negotiation, decides.
 */
@QuarkusTest
class ChannelSecurityTest {

    private static final String SOME_ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    private static final String BODY = "{\"status\": \"ACTIVE\"}";

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/channels", "moderator"),
                Arguments.of("GET", "/api/v1/channels", "citizen"),
                Arguments.of("GET", "/api/v1/channels/" + SOME_ID, "citizen"),
                Arguments.of("PUT", "/api/v1/channels/" + SOME_ID, "auditor"),
                Arguments.of("POST", "/api/v1/channels/" + SOME_ID + "/status", "moderator"),
                Arguments.of("GET", "/api/v1/channels/" + SOME_ID + "/history", "moderator"),
                Arguments.of("GET", "/api/v1/channels/capture-schedules", "moderator"),
                Arguments.of("GET", "/api/v1/channels/export.csv", "moderator"),
                Arguments.of("GET", "/api/v1/channels/export.xml", "service"),
                Arguments.of("GET", "/api/v1/channels/capture-alerts", "moderator"),
                Arguments.of("POST", "/api/v1/channels/" + SOME_ID + "/captures", "channel-admin"),
                Arguments.of("PUT", "/api/v1/authorities/" + SOME_ID, "moderator"),
                Arguments.of("GET", "/api/v1/authorities/" + SOME_ID + "/history", "moderator"));
    }

    @ParameterizedTest(name = "{0} {1} without a token is 401")
    @MethodSource("endpoints")
    void withoutTokenIsUnauthorized(String method, String path, String wrongRole) {
        given().contentType(ContentType.JSON).body(BODY).when().request(method, path).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} {1} as {2} is 403")
    @MethodSource("endpoints")
    void withWrongRoleIsForbidden(String method, String path, String wrongRole) {
        given().auth().oauth2(Tokens.forUser("someone", wrongRole)).contentType(ContentType.JSON).body(BODY)
                .when().request(method, path).then().statusCode(403);
    }
}
