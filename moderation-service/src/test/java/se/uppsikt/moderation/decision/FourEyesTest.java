package se.uppsikt.moderation.decision;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.moderation.ArchiveTakedownFake;
import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.review.ReviewFixtures;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.testsupport.Tokens;

/** Four-eyes channels (req. 26): REMOVE and BLOCK_USER wait for a second moderator before anything happens. */
@QuarkusTest
class FourEyesTest {

    /** The channel %test lists under moderation.four-eyes.channels. */
    static final UUID FOUR_EYES_CHANNEL = UUID.fromString("0f0f0f0f-0000-4000-8000-0000000000ee");

    @Inject
    ReviewItemRepository items;

    @Inject
    DecisionRepository decisions;

    private ReviewItem item;

    @BeforeEach
    void anItemInAFourEyesChannel() {
        DownstreamFakes.resetToDefaults();
        item = ReviewFixtures.unreviewed(items, FOUR_EYES_CHANNEL, Instant.now().minusSeconds(600));
    }

    private String removalAwaitingApproval() {
        return given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON)
                .body(DecisionResourceTest.removal(item.id, "REMOVE", "BBS_OLAGA_HOT", DecisionResourceTest.MOTIVATION))
                .when().post("/api/v1/decisions")
                .then().statusCode(201)
                .body("execution", equalTo("AWAITING_APPROVAL"))
                .body("registrationId", nullValue())
                .extract().path("id");
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> decisions.count());
    }

    private static io.restassured.response.ValidatableResponse approve(String user, String id) {
        return given().auth().oauth2(Tokens.forUser(user, "moderator"))
                .when().post("/api/v1/decisions/" + id + "/approve").then();
    }

    @Test
    void removalWaitsForASecondModeratorThenIsExecutedAndRegistered() {
        String id = removalAwaitingApproval();
        DownstreamFakes.server.verify(0, postRequestedFor(urlEqualTo(ArchiveTakedownFake.PATH)));

        approve("olle", id).statusCode(201)
                .body("execution", equalTo("EXECUTED"))
                .body("approvesDecisionId", equalTo(id))
                .body("approvedBy", equalTo("olle"))
                .body("decidedBy", equalTo("maja"))
                .body("registrationId", notNullValue());

        DownstreamFakes.server.verify(1, postRequestedFor(urlEqualTo(ArchiveTakedownFake.PATH)));
        assertEquals(Execution.AWAITING_APPROVAL, QuarkusTransaction.requiringNew()
                .call(() -> decisions.findById(UUID.fromString(id)).execution), "the approved record is unchanged");
    }

    @Test
    void theDeciderCannotApproveTheirOwnRemoval() {
        String id = removalAwaitingApproval();
        long before = count();
        approve("maja", id).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/four-eyes"));
        assertEquals(before, count());
    }

    @Test
    void aDecisionIsApprovedOnlyOnce() {
        String id = removalAwaitingApproval();
        approve("olle", id).statusCode(201);
        approve("kim", id).statusCode(409)
                .body("type", equalTo("https://uppsikt.se/problems/already-approved"));
    }

    @Test
    void hideNeedsNoApproval() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON)
                .body(DecisionResourceTest.removal(item.id, "HIDE", "SPAM_REKLAM",
                        "Reklam för ett företag i en kommentar."))
                .when().post("/api/v1/decisions")
                .then().statusCode(201)
                .body("execution", equalTo("EXECUTED"));
    }

    @Test
    void decisionNotAwaitingApprovalCannotBeApproved() {
        String id = given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(DecisionResourceTest.body(item.id, "NO_ACTION", ""))
                .when().post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        approve("olle", id).statusCode(409)
                .body("type", equalTo("https://uppsikt.se/problems/not-awaiting-approval"));
    }

    @Test
    void unknownDecisionCannotBeApproved() {
        approve("olle", UUID.randomUUID().toString()).statusCode(404);
    }

    @Test
    void approvingWithoutTokenIsUnauthorized() {
        given().when().post("/api/v1/decisions/" + UUID.randomUUID() + "/approve").then().statusCode(401);
    }

    @Test
    void auditorMayNotApprove() {
        String id = removalAwaitingApproval();
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().post("/api/v1/decisions/" + id + "/approve").then().statusCode(403);
        assertEquals(false, QuarkusTransaction.requiringNew().call(() -> decisions.isApproved(UUID.fromString(id))));
    }
}
