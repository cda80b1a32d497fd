package se.uppsikt.moderation.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.uppsikt.moderation.review.ReviewFixtures.unreviewed;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.moderation.TestClock;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ReviewResourceTest {

    @Inject
    ReviewItemRepository items;

    private final UUID channel = UUID.randomUUID();

    @AfterEach
    void realTimeAgain() {
        TestClock.reset();
    }

    @Test
    void queueListsAChannelsUnreviewedItemsOldestFirstWithTheirAge() {
        // A Wednesday noon: the item from 30 hours earlier has waited 30 working hours.
        Instant now = Instant.parse("2026-11-25T11:00:00Z");
        TestClock.set(now);
        ReviewItem older = unreviewed(items, channel, now.minus(Duration.ofHours(30)));
        ReviewItem newer = unreviewed(items, channel, now.minus(Duration.ofHours(2)));

        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/review/queue?channelId=" + channel)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(older.id.toString()))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].ageSeconds", equalTo(30 * 3600))
                .body("items[0].workingAgeSeconds", equalTo(30 * 3600))
                .body("items[0].thresholdSeconds", equalTo(24 * 3600))
                .body("items[0].thresholdSource", equalTo("DEFAULT_CHANNEL_NOT_IN_REGISTRY"))
                .body("items[1].id", equalTo(newer.id.toString()))
                .body("items[1].overdue", equalTo(false))
                .body("items[1].status", equalTo("UNREVIEWED"));
    }

    @Test
    void channelSummaryCountsUnreviewedItemsAndTheOldestAge() {
        Instant now = Instant.now();
        unreviewed(items, channel, now.minus(Duration.ofHours(5)));
        unreviewed(items, channel, now.minus(Duration.ofHours(1)));

        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get("/api/v1/review/channels")
                .then().statusCode(200)
                .body("find { it.channelId == '" + channel + "' }.unreviewed", equalTo(2))
                .body("find { it.channelId == '" + channel + "' }.oldestAgeSeconds",
                        greaterThanOrEqualTo(5 * 3600))
                .body("find { it.channelId == '" + channel + "' }.overdue", equalTo(false));
    }

    @Test
    void claimedItemIsAssignedToTheModeratorAndReadBack() {
        ReviewItem item = unreviewed(items, channel, Instant.now());

        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().post("/api/v1/review/items/" + item.id + "/claim")
                .then().statusCode(200)
                .body("assignedTo", equalTo("maja"));

        given().auth().oauth2(Tokens.forUser("olle", "moderator"))
                .when().get("/api/v1/review/items/" + item.id)
                .then().statusCode(200)
                .body("assignedTo", equalTo("maja"))
                .body("firstReviewedAt", equalTo(null));
    }

    @Test
    void itemClaimedBySomeoneElseCannotBeClaimed() {
        ReviewItem item = unreviewed(items, channel, Instant.now());
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().post("/api/v1/review/items/" + item.id + "/claim").then().statusCode(200);

        given().auth().oauth2(Tokens.forUser("olle", "moderator"))
                .when().post("/api/v1/review/items/" + item.id + "/claim")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/already-claimed"));
        assertEquals("maja", QuarkusTransaction.requiringNew().call(() -> items.findById(item.id).assignedTo));
    }

    @Test
    void channelAdminAssignsAnItemToAModerator() {
        ReviewItem item = unreviewed(items, channel, Instant.now());
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body("""
                        {"assignee": "olle"}
                        """)
                .when().post("/api/v1/review/items/" + item.id + "/assign")
                .then().statusCode(200)
                .body("assignedTo", equalTo("olle"));
        assertEquals("olle", QuarkusTransaction.requiringNew().call(() -> items.findById(item.id).assignedTo));
    }

    @Test
    void assigningWithoutAssigneeIsRejectedAndNothingChanges() {
        ReviewItem item = unreviewed(items, channel, Instant.now());
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body("""
                        {"assignee": " "}
                        """)
                .when().post("/api/v1/review/items/" + item.id + "/assign")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("assignee"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> items.findById(item.id).assignedTo));
    }

    @Test
    void unknownItemIsNotFound() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/review/items/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void malformedChannelIdIsRejectedNamingTheParameter() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/review/queue?channelId=kanal-1")
                .then().statusCode(400)
                .body("field", equalTo("channelId"));
    }

    @Test
    void queueWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/review/queue").then().statusCode(401);
    }

    @Test
    void registrarMayNotReadTheQueue() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/review/queue").then().statusCode(403);
    }

    @Test
    void channelSummaryWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/review/channels").then().statusCode(401);
    }

    @Test
    void registrarMayNotReadTheChannelSummary() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/review/channels").then().statusCode(403);
    }

    @Test
    void itemWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/review/items/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void auditorMayNotReadAnItemOutsideTheAuditLog() {
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/review/items/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void claimWithoutTokenIsUnauthorized() {
        given().when().post("/api/v1/review/items/" + UUID.randomUUID() + "/claim").then().statusCode(401);
    }

    @Test
    void channelAdminMayNotClaim() {
        ReviewItem item = unreviewed(items, channel, Instant.now());
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().post("/api/v1/review/items/" + item.id + "/claim").then().statusCode(403);
        assertNull(QuarkusTransaction.requiringNew().call(() -> items.findById(item.id).assignedTo));
    }

    @Test
    void assignWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("""
                {"assignee": "olle"}
                """)
                .when().post("/api/v1/review/items/" + UUID.randomUUID() + "/assign").then().statusCode(401);
    }

    @Test
    void auditorMayNotAssign() {
        ReviewItem item = unreviewed(items, channel, Instant.now());
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .contentType(ContentType.JSON).body("""
                        {"assignee": "olle"}
                        """)
                .when().post("/api/v1/review/items/" + item.id + "/assign").then().statusCode(403);
        assertNull(QuarkusTransaction.requiringNew().call(() -> items.findById(item.id).assignedTo));
    }
}
