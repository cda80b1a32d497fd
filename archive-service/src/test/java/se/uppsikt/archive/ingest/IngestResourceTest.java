package se.uppsikt.archive.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class IngestResourceTest {

    private static final String HEX = "[0-9a-f]{64}";

    @Inject
    EntityManager em;

    private long items() {
        return count(em, "select count(*) from item");
    }

    private long versions() {
        return count(em, "select count(*) from item_version");
    }

    @Test
    void ingestedItemIsPersistedAndReadBackWithItsVersionAndBlobs() {
        UUID channel = UUID.randomUUID();
        String id = ingest(
                batch(List.of(item(channel, "p-1", null, "POST", "OUTBOUND", "Välkommen till kommunens sida"))))
                .body("results[0].outcome", equalTo("CREATED"))
                .body("results[0].versionNo", equalTo(1))
                .body("results[0].contentSha256", matchesPattern(HEX))
                .extract().path("results[0].itemId");

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + id)
                .then().statusCode(200)
                .body("channelId", equalTo(channel.toString()))
                .body("platformItemId", equalTo("p-1"))
                .body("kind", equalTo("POST"))
                .body("direction", equalTo("OUTBOUND"))
                .body("visibility", equalTo("PUBLIC"))
                .body("author.handle", equalTo("medborgare_1"))
                .body("platformCreatedAt", equalTo("2026-03-01T10:15:30.123456Z"))
                .body("threadRootItemId", equalTo(id))
                .body("versions.size()", equalTo(1))
                .body("versions[0].text", equalTo("Välkommen till kommunens sida"))
                .body("versions[0].rawSha256", matchesPattern(HEX))
                .body("versions[0].media[0].sha256", matchesPattern(HEX))
                .body("versions[0].media[0].sourceUrl", equalTo("https://cdn.example/p-1.png"))
                .body("versions[0].captureTool", equalTo("uppsikt-capture 0.1.0"))
                .body("versions[0].capturedBy", equalTo("capture"));
    }

    @Test
    void sameContentAgainAddsNothing() {
        UUID channel = UUID.randomUUID();
        String body = batch(List.of(item(channel, "p-2", null, "POST", "OUTBOUND", "Samma text")));
        String sha = ingest(body).extract().path("results[0].contentSha256");
        long itemsBefore = items();
        long versionsBefore = versions();

        ingest(body)
                .body("results[0].outcome", equalTo("UNCHANGED"))
                .body("results[0].versionNo", equalTo(1))
                .body("results[0].contentSha256", equalTo(sha));

        assertEquals(itemsBefore, items());
        assertEquals(versionsBefore, versions());
    }

    @Test
    void changedContentAddsANewVersionAndKeepsTheOld() {
        UUID channel = UUID.randomUUID();
        String id = ingest(batch(List.of(item(channel, "c-1", null, "COMMENT", "INBOUND", "Första lydelsen"))))
                .extract().path("results[0].itemId");

        ingest(batch(List.of(item(channel, "c-1", null, "COMMENT", "INBOUND", "Redigerad lydelse"))))
                .body("results[0].outcome", equalTo("NEW_VERSION"))
                .body("results[0].itemId", equalTo(id))
                .body("results[0].versionNo", equalTo(2));

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + id)
                .then().statusCode(200)
                .body("currentVersion", equalTo(2))
                .body("versions.versionNo", contains(1, 2))
                .body("versions.text", contains("Första lydelsen", "Redigerad lydelse"));
    }

    @Test
    void replyIsLinkedToItsParentWhateverTheOrderOfTheBatch() {
        UUID channel = UUID.randomUUID();
        var results = ingest(batch(List.of(
                item(channel, "r-1", "c-9", "REPLY", "OUTBOUND", "Tack för din fråga"),
                item(channel, "c-9", "p-9", "COMMENT", "INBOUND", "En fråga"),
                item(channel, "p-9", null, "POST", "OUTBOUND", "Ett inlägg")))).extract();
        String reply = results.path("results[0].itemId");
        String comment = results.path("results[1].itemId");
        String post = results.path("results[2].itemId");

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + reply)
                .then().statusCode(200)
                .body("parentItemId", equalTo(comment))
                .body("threadRootItemId", equalTo(post));
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + post)
                .then().statusCode(200)
                .body("parentItemId", nullValue());
    }

    @Test
    void rejectedBatchNamesEachBadItemAndStoresNothing() {
        UUID channel = UUID.randomUUID();
        String tooLong = "x".repeat(100001);
        String body = batch(List.of(
                item(channel, "ok-1", null, "POST", "OUTBOUND", "Giltig"),
                item(channel, "", null, "COMMENT", "INBOUND", "Saknar id"),
                item(channel, "ok-2", null, "COMMENT", "INBOUND", "Giltig"),
                item(channel, "bad-3", null, "COMMENT", "INBOUND", tooLong)));
        long itemsBefore = items();

        given().auth().oauth2(Tokens.forService("capture"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("errors.field", hasItems("items[1].platformItemId", "items[3].text"))
                .body("errors.field", not(hasItems("items[0].text")));

        assertEquals(itemsBefore, items());
    }

    @Test
    void sameItemTwiceInOneBatchIsRejectedNamingTheSecond() {
        UUID channel = UUID.randomUUID();
        long itemsBefore = items();

        given().auth().oauth2(Tokens.forService("capture"))
                .contentType(ContentType.JSON)
                .body(batch(List.of(item(channel, "d-1", null, "POST", "OUTBOUND", "Ett"),
                        item(channel, "d-1", null, "POST", "OUTBOUND", "Två"))))
                .when().post("/api/v1/ingest")
                .then().statusCode(400)
                .body("field", equalTo("items[1].platformItemId"));

        assertEquals(itemsBefore, items());
    }

    @Test
    void invalidBase64IsRejectedNamingTheMedia() {
        String body = batch(List.of(item(UUID.randomUUID(), "m-1", null, "MEDIA", "OUTBOUND", "Bild")))
                .replaceFirst("\"contentBase64\": \"[^\"]*\"", "\"contentBase64\": \"***\"");
        long itemsBefore = items();

        given().auth().oauth2(Tokens.forService("capture"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(400)
                .body("field", equalTo("items[0].media[0].contentBase64"));

        assertEquals(itemsBefore, items());
    }

    @Test
    void unknownKindIsRejectedNamingTheField() {
        String body = batch(List.of(item(UUID.randomUUID(), "k-1", null, "TWEET", "OUTBOUND", "Text")));

        given().auth().oauth2(Tokens.forService("capture"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/ingest")
                .then().statusCode(400)
                .body("field", equalTo("items[0].kind"));
    }

    @Test
    void batchOfMoreThanThousandItemsIsRejected() {
        UUID channel = UUID.randomUUID();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("""
                    {"channelId": "%s", "platform": "X", "platformItemId": "n-%d", "kind": "POST",
                     "direction": "OUTBOUND", "platformCreatedAt": "2026-03-01T10:00:00Z", "text": "t"}"""
                    .formatted(channel, i));
        }
        long itemsBefore = items();

        given().auth().oauth2(Tokens.forService("capture"))
                .contentType(ContentType.JSON).body(batch(many))
                .when().post("/api/v1/ingest")
                .then().statusCode(400)
                .body("field", equalTo("items"));

        assertEquals(itemsBefore, items());
    }

    @Test
    void archivistMayImportManually() {
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body(batch(List.of(item(UUID.randomUUID(), "a-1", null, "POST", "OUTBOUND", "Manuell import"))))
                .when().post("/api/v1/ingest")
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("CREATED"));
    }

    @Test
    void ingestWithoutTokenIsUnauthorized() {
        long itemsBefore = items();
        given().contentType(ContentType.JSON)
                .body(batch(List.of(item(UUID.randomUUID(), "u-1", null, "POST", "OUTBOUND", "Text"))))
                .when().post("/api/v1/ingest")
                .then().statusCode(401);
        assertEquals(itemsBefore, items());
    }

    @Test
    void ingestByModeratorIsForbidden() {
        long itemsBefore = items();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON)
                .body(batch(List.of(item(UUID.randomUUID(), "f-1", null, "POST", "OUTBOUND", "Text"))))
                .when().post("/api/v1/ingest")
                .then().statusCode(403);
        assertEquals(itemsBefore, items());
    }

    @Test
    void unknownItemIsNotFound() {
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void readingAnItemWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/items/" + UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    void readingAnItemAsChannelAdminIsForbidden() {
        given().auth().oauth2(Tokens.forUser("kim", "channel-admin"))
                .when().get("/api/v1/items/" + UUID.randomUUID())
                .then().statusCode(403);
    }
}
