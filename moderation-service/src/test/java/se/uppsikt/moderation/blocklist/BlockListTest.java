package se.uppsikt.moderation.blocklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

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

/** Block lists (req. 25): executed BLOCK_USER decisions become entries that nobody can change or delete. */
@QuarkusTest
class BlockListTest {

    /** The channel %test lists under moderation.four-eyes.channels. */
    static final UUID FOUR_EYES_CHANNEL = UUID.fromString("0f0f0f0f-0000-4000-8000-0000000000ee");

    static final String MOTIVATION = "Användaren har upprepat hotat andra kommentatorer trots tidigare varningar.";

    @Inject
    ReviewItemRepository items;

    @Inject
    BlockListRepository entries;

    @Inject
    EntityManager em;

    private final UUID channel = UUID.randomUUID();

    @BeforeEach
    void fakesAnswer() {
        DownstreamFakes.resetToDefaults();
    }

    private static String block(UUID reviewItemId) {
        return """
                {"reviewItemId": "%s", "outcome": "BLOCK_USER", "reasonCode": "BBS_OLAGA_HOT", "motivation": "%s"}
                """.formatted(reviewItemId, MOTIVATION);
    }

    private static String decide(String user, String body) {
        return given().auth().oauth2(Tokens.forUser(user, "moderator")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/decisions")
                .then().statusCode(201).extract().path("id");
    }

    private long entryCount() {
        return QuarkusTransaction.requiringNew().call(entries::count);
    }

    private static io.restassured.response.ValidatableResponse list(String role, String query) {
        return given().auth().oauth2(Tokens.forUser("ida", role))
                .when().get("/api/v1/block-list" + query).then();
    }

    @Test
    void executedBlockIsListedForItsChannelWithItsGround() {
        ReviewItem item = ReviewFixtures.unreviewed(items, channel, Instant.now().minusSeconds(600));
        String decisionId = decide("maja", block(item.id));
        // A hide is not a block: it does not appear on the list.
        ReviewItem other = ReviewFixtures.unreviewed(items, channel, Instant.now().minusSeconds(300));
        decide("maja", block(other.id).replace("BLOCK_USER", "HIDE"));

        for (String role : new String[]{"moderator", "auditor", "admin"}) {
            list(role, "?channelId=" + channel).statusCode(200)
                    .body("total", equalTo(1))
                    .body("items", hasSize(1))
                    .body("items[0].decisionId", equalTo(decisionId))
                    .body("items[0].authorHandle", equalTo(item.authorHandle))
                    .body("items[0].itemId", equalTo(item.itemId.toString()))
                    .body("items[0].reasonCode", equalTo("BBS_OLAGA_HOT"))
                    .body("items[0].legalReference", equalTo("BBS-lagen 5 § 1 a; BrB 4 kap. 5 §"))
                    .body("items[0].decidedBy", equalTo("maja"));
        }
        list("auditor", "?channelId=" + UUID.randomUUID()).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void blockAwaitingFourEyesIsListedOnlyOnceApproved() {
        ReviewItem item = ReviewFixtures.unreviewed(items, FOUR_EYES_CHANNEL, Instant.now().minusSeconds(600));
        String awaiting = decide("maja", block(item.id));
        list("auditor", "?channelId=" + FOUR_EYES_CHANNEL).statusCode(200)
                .body("items.findAll { it.reviewItemId == '" + item.id + "' }", hasSize(0));

        String approval = given().auth().oauth2(Tokens.forUser("olle", "moderator"))
                .when().post("/api/v1/decisions/" + awaiting + "/approve")
                .then().statusCode(201).extract().path("id");

        list("auditor", "?channelId=" + FOUR_EYES_CHANNEL).statusCode(200)
                .body("items.find { it.reviewItemId == '" + item.id + "' }.decisionId", equalTo(approval))
                .body("items.find { it.reviewItemId == '" + item.id + "' }.approvedBy", equalTo("olle"));
    }

    @Test
    void entriesCannotBeChangedOrDeleted() {
        ReviewItem item = ReviewFixtures.unreviewed(items, channel, Instant.now().minusSeconds(600));
        decide("maja", block(item.id));
        long before = entryCount();

        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from block_list_entry where channel_id = :c").setParameter("c", channel)
                .executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update block_list_entry set author_handle = 'x' where channel_id = :c")
                .setParameter("c", channel).executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("truncate block_list_entry cascade").executeUpdate()));

        assertEquals(before, entryCount());
        list("auditor", "?channelId=" + channel).statusCode(200).body("total", equalTo(1));
    }

    @Test
    void missingOrMalformedChannelIsABadRequestNamingTheField() {
        long before = entryCount();
        list("moderator", "").statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("channelId"));
        list("moderator", "?channelId=not-a-uuid").statusCode(400)
                .body("field", equalTo("channelId"));
        assertEquals(before, entryCount());
    }

    @Test
    void withoutTokenIsUnauthorized() {
        given().when().get("/api/v1/block-list?channelId=" + channel).then().statusCode(401);
    }

    @Test
    void registrarMayNotReadBlockLists() {
        list("registrar", "?channelId=" + channel).statusCode(403);
    }
}
