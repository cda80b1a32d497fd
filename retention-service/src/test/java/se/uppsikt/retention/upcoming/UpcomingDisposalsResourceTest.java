package se.uppsikt.retention.upcoming;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.uppsikt.retention.run.RunFixtures.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class UpcomingDisposalsResourceTest {

    private static final String PATH = "/api/v1/upcoming-disposals";

    @Test
    void countsRecordsDueNowAndWithinNinetyDaysPerChannelAndDecision() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "BLOG_RSS", null, null);
        Instant now = Instant.now();
        FakeDownstream.item(channel, "POST", now.minus(800, ChronoUnit.DAYS), false);
        FakeDownstream.item(channel, "POST", now.minus(340, ChronoUnit.DAYS), false);
        FakeDownstream.item(channel, "POST", now.minus(330, ChronoUnit.DAYS), false);
        FakeDownstream.item(channel, "POST", now.minus(100, ChronoUnit.DAYS), false);
        FakeDownstream.item(channel, "POST", now.minus(800, ChronoUnit.DAYS), true);
        String decisionId = decision(authority, List.of(channel), "\"POST\"", "P1Y", "CREATED", true, "");

        String row = "find { it.channelId == '" + channel + "' && it.decisionId == '" + decisionId + "' }";
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get(PATH)
                .then().statusCode(200)
                .body(row + ".dueNow", equalTo(1))
                .body(row + ".comingDue", equalTo(2))
                .body(row + ".nextDueAt", notNullValue());
        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(PATH + "?days=1")
                .then().statusCode(200)
                .body(row + ".comingDue", equalTo(0))
                .body(row + ".nextDueAt", nullValue());
    }

    @Test
    void horizonOutsideOneToThreeHundredSixtySixDaysIsRejected() {
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(PATH + "?days=0")
                .then().statusCode(400)
                .body("field", equalTo("days"));
    }

    @Test
    void upcomingDisposalsWithoutTokenAreUnauthorized() {
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void moderatorMayNotReadUpcomingDisposals() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator")).when().get(PATH).then().statusCode(403);
    }
}
