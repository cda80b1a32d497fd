package se.uppsikt.moderation.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.uppsikt.moderation.ChannelRegistryFake;
import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.channel.ChannelDirectory;
import se.uppsikt.moderation.review.ReviewFixtures;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.testsupport.Tokens;

/** The notice to the author of a removed item (req. 27): template with the rules link, and whether it was sent. */
@QuarkusTest
class RemovalNoticeTest {

    static final String MOTIVATION = "Kommentaren uttrycker missaktning för en folkgrupp på grund av ursprung.";
    static final String RULES = "https://exempel.se/sociala-medier/regler";

    @Inject
    ReviewItemRepository items;

    @Inject
    RemovalNoticeRepository notices;

    @Inject
    ChannelDirectory directory;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private final UUID channel = UUID.randomUUID();
    private ReviewItem item;

    @BeforeEach
    void aRemovedItem() {
        DownstreamFakes.resetToDefaults();
        directory.invalidateAll();
        ChannelRegistryFake.channel(channel, "Exempelkommunen på Facebook", 24, RULES);
        item = ReviewFixtures.unreviewed(items, channel, Instant.now().minusSeconds(600));
    }

    @AfterEach
    void restore() {
        DownstreamFakes.resetToDefaults();
        directory.invalidateAll();
        circuitBreakers.resetAll();
    }

    private String decide(String outcome) {
        String body = """
                {"reviewItemId": "%s", "outcome": "%s", "reasonCode": "BBS_HETS_MOT_FOLKGRUPP", "motivation": "%s"}
                """.formatted(item.id, outcome, MOTIVATION);
        return given().auth().oauth2(Tokens.forUser("maja", "moderator")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/decisions")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse record(String role, String decisionId, String body) {
        return given().auth().oauth2(Tokens.forUser("maja", role)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/decisions/" + decisionId + "/notice").then();
    }

    private static ValidatableResponse read(String role, String decisionId) {
        return given().auth().oauth2(Tokens.forUser("ida", role))
                .when().get("/api/v1/decisions/" + decisionId + "/notice").then();
    }

    private long noticeCount() {
        return QuarkusTransaction.requiringNew().call(notices::count);
    }

    private static String sent(Instant at) {
        return """
                {"sent": true, "channelUsed": "PLATFORM_MESSAGE", "sentAt": "%s"}
                """.formatted(at);
    }

    @Test
    void templateNamesTheGroundAndLinksToTheChannelsRules() {
        String id = decide("REMOVE");

        read("auditor", id).statusCode(200)
                .body("decisionId", equalTo(id))
                .body("rulesUrl", equalTo(RULES))
                .body("sent", nullValue())
                .body("records", hasSize(0))
                .body("text", containsString("Vi har tagit bort ditt inlägg i Exempelkommunen på Facebook"))
                .body("text", containsString("Hets mot folkgrupp"))
                .body("text", containsString("BrB 16 kap. 8 §"))
                .body("text", containsString("Reglerna för kanalen finns här: " + RULES))
                .body("text", not(containsString(item.text)));
    }

    @Test
    void hiddenAndBlockedItemsGetTheirOwnWording() {
        read("moderator", decide("HIDE")).statusCode(200)
                .body("text", containsString("Vi har dolt ditt inlägg"));
        item = ReviewFixtures.unreviewed(items, channel, Instant.now().minusSeconds(60));
        read("admin", decide("BLOCK_USER")).statusCode(200)
                .body("text", containsString("Vi har blockerat dig från att skriva i"));
    }

    @Test
    void sendingIsRecordedAndReadBackLater() {
        String id = decide("REMOVE");
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        record("moderator", id, """
                {"sent": false}
                """).statusCode(201).body("sent", equalTo(false));
        record("moderator", id, sent(at)).statusCode(201).body("sent", equalTo(true));

        read("auditor", id).statusCode(200)
                .body("sent", equalTo(true))
                .body("records", hasSize(2))
                .body("records[0].sent", equalTo(false))
                .body("records[1].channelUsed", equalTo("PLATFORM_MESSAGE"))
                .body("records[1].sentAt", equalTo(at.toString()))
                .body("records[1].recordedBy", equalTo("maja"));
    }

    @Test
    void registryDownLeavesAPlaceholderInsteadOfTheLink() {
        String id = decide("REMOVE");
        directory.invalidateAll();
        ChannelRegistryFake.down();

        read("moderator", id).statusCode(200)
                .body("rulesUrl", nullValue())
                .body("text", containsString("länk till kanalens regler saknas"));
    }

    @Test
    void invalidRecordsAreRejectedNamingTheFieldAndStoreNothing() {
        String id = decide("REMOVE");
        long before = noticeCount();

        record("moderator", id, "{}").statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("sent"));
        record("moderator", id, """
                {"sent": true, "sentAt": "%s"}
                """.formatted(Instant.now())).statusCode(400).body("field", equalTo("channelUsed"));
        record("moderator", id, """
                {"sent": true, "channelUsed": "PLATFORM_MESSAGE"}
                """).statusCode(400).body("field", equalTo("sentAt"));
        record("moderator", id, sent(Instant.now().plusSeconds(3600))).statusCode(400)
                .body("field", equalTo("sentAt"));
        record("moderator", id, """
                {"sent": false, "sentAt": "%s"}
                """.formatted(Instant.now())).statusCode(400).body("field", equalTo("sentAt"));
        record("moderator", id, """
                {"sent": true, "channelUsed": "CARRIER_PIGEON", "sentAt": "%s"}
                """.formatted(Instant.now())).statusCode(400).body("field", equalTo("channelUsed"));

        assertEquals(before, noticeCount());
    }

    @Test
    void decisionWithoutRemovalHasNoNotice() {
        String id = given().auth().oauth2(Tokens.forUser("maja", "moderator")).contentType(ContentType.JSON)
                .body("""
                        {"reviewItemId": "%s", "outcome": "NO_ACTION"}
                        """.formatted(item.id))
                .when().post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        long before = noticeCount();

        read("moderator", id).statusCode(409).body("type", containsString("no-removal"));
        record("moderator", id, sent(Instant.now())).statusCode(409);
        assertEquals(before, noticeCount());
    }

    @Test
    void unknownDecisionIsNotFound() {
        read("moderator", UUID.randomUUID().toString()).statusCode(404);
        record("moderator", UUID.randomUUID().toString(), sent(Instant.now())).statusCode(404);
    }

    @Test
    void withoutTokenIsUnauthorized() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/v1/decisions/" + id + "/notice").then().statusCode(401);
        given().contentType(ContentType.JSON).body(sent(Instant.now()))
                .when().post("/api/v1/decisions/" + id + "/notice").then().statusCode(401);
    }

    @Test
    void wrongRolesAreForbidden() {
        String id = decide("REMOVE");
        long before = noticeCount();
        read("registrar", id).statusCode(403);
        record("auditor", id, sent(Instant.now())).statusCode(403);
        assertEquals(before, noticeCount());
    }
}
