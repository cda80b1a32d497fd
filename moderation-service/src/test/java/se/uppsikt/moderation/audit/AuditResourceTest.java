package se.uppsikt.moderation.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.review.ReviewFixtures;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class AuditResourceTest {

    @Inject
    ReviewItemRepository items;

    @Inject
    AuditLog audit;

    private ReviewItem item;

    @BeforeEach
    void anItemWaitsForReview() {
        DownstreamFakes.resetToDefaults();
        item = ReviewFixtures.unreviewed(items, UUID.randomUUID(), Instant.now());
    }

    @Test
    void claimDecisionAndEveryViewOfASecretItemAreLoggedInOrder() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().post("/api/v1/review/items/" + item.id + "/claim").then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body("""
                        {"reviewItemId": "%s", "outcome": "SECRET", "secrecyProvision": "OSL 26 kap. 1 §",
                         "motivation": "Uppgifter om en enskilds ärende hos socialtjänsten."}
                        """.formatted(item.id))
                .when().post("/api/v1/decisions").then().statusCode(201);
        given().auth().oauth2(Tokens.forUser("olle", "moderator"))
                .when().get("/api/v1/review/items/" + item.id + "/content")
                .then().statusCode(200)
                .body("text", equalTo("En kommentar som väntar på granskning"));

        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/audit?targetId=" + item.id)
                .then().statusCode(200)
                .body("items.action", contains("ITEM_CLAIMED", "DECISION_RECORDED", "SECRET_ITEM_VIEWED"))
                .body("items.actor", contains("maja", "maja", "olle"));
    }

    @Test
    void viewOfAnOrdinaryItemIsNotLoggedAsSecret() {
        given().auth().oauth2(Tokens.forUser("olle", "moderator"))
                .when().get("/api/v1/review/items/" + item.id + "/content").then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/audit?targetId=" + item.id)
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void databaseRefusesToChangeOrDeleteTheLog() {
        QuarkusTransaction.requiringNew().run(() -> audit.record("maja", "ITEM_CLAIMED", "REVIEW_ITEM", item.id, null));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> audit
                .getEntityManager().createNativeQuery("delete from audit_event where target_id = :id")
                .setParameter("id", item.id).executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> audit
                .getEntityManager().createNativeQuery("update audit_event set actor = 'x' where target_id = :id")
                .setParameter("id", item.id).executeUpdate()));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> audit.count("targetId", item.id)));
    }

    @Test
    void malformedTargetIsRejectedNamingTheParameter() {
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/audit?targetId=abc")
                .then().statusCode(400).body("field", equalTo("targetId"));
    }

    @Test
    void readingWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void moderatorMayNotReadTheAuditLog() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void contentWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/review/items/" + item.id + "/content").then().statusCode(401);
    }

    @Test
    void auditorMayNotOpenSecretContent() {
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/review/items/" + item.id + "/content").then().statusCode(403);
    }
}
