package se.uppsikt.archive.disposal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ids;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.ingestComment;
import static se.uppsikt.archive.Fixtures.item;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.uppsikt.archive.blob.FileSystemBlobStore;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class DisposalResourceTest {

    @Inject
    EntityManager em;

    @Inject
    FileSystemBlobStore blobStore;

    static ValidatableResponse dispose(UUID run, List<String> itemIds) {
        return given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON)
                .body("""
                        {"runId": "%s", "decisionReference": "KS 2026/12", "itemIds": %s}"""
                        .formatted(run, ids(itemIds)))
                .when().post("/api/v1/disposals")
                .then().statusCode(200);
    }

    private static ValidatableResponse candidates(String body) {
        return given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/disposals/candidates")
                .then().statusCode(200);
    }

    @Test
    void disposedItemLeavesATombstoneAndAChainEntryButNoContent() {
        UUID channel = UUID.randomUUID();
        String id = ingestComment(channel, "Ska gallras");
        String rawSha = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + id).then().statusCode(200)
                .extract().path("versions[0].rawSha256");
        UUID run = UUID.randomUUID();

        dispose(run, List.of(id))
                .body("results[0].itemId", equalTo(id))
                .body("results[0].outcome", equalTo("DISPOSED"));

        UUID itemId = UUID.fromString(id);
        assertEquals(0, count(em, "select count(*) from item where id = ?1", itemId));
        assertEquals(0, count(em, "select count(*) from item_version where item_id = ?1", itemId));
        assertEquals(1, count(em, "select count(*) from tombstone where item_id = ?1 and run_id = ?2"
                + " and decision_reference = 'KS 2026/12' and channel_id = ?3", itemId, run, channel));
        assertEquals(1, count(em, "select count(*) from chain_entry where kind = 'ITEM_DISPOSED'"
                + " and subject_id = ?1", itemId));
        assertEquals(0, count(em, "select count(*) from blob where sha256 = ?1", rawSha));
        assertFalse(Files.exists(blobStore.locate(rawSha)), "the raw payload is gone from the blob store");
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/integrity/verify").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void blobStillUsedByAnotherItemIsKept() {
        UUID channel = UUID.randomUUID();
        // same media bytes in both: the media blob is shared
        var results = ingest(batch(List.of(item(channel, "s-1", null, "POST", "OUTBOUND", "Ett"),
                item(channel, "s-1b", null, "POST", "OUTBOUND", "Två")
                        .replace(base64("bild s-1b"), base64("bild s-1")))))
                .extract();
        String first = results.path("results[0].itemId");
        String mediaSha = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + first).then().extract().path("versions[0].media[0].sha256");

        dispose(UUID.randomUUID(), List.of(first)).body("results[0].outcome", equalTo("DISPOSED"));

        assertEquals(1, count(em, "select count(*) from blob where sha256 = ?1", mediaSha));
        assertTrue(Files.exists(blobStore.locate(mediaSha)));
    }

    @Test
    void heldItemsAreSkippedByItemByThreadAndByChannelPeriod() {
        UUID channel = UUID.randomUUID();
        var results = ingest(batch(List.of(
                item(channel, "p-1", null, "POST", "OUTBOUND", "Inlägg"),
                item(channel, "c-1", "p-1", "COMMENT", "INBOUND", "Svar i tråden")))).extract();
        String post = results.path("results[0].itemId");
        String reply = results.path("results[1].itemId");
        UUID otherChannel = UUID.randomUUID();
        String inPeriod = ingestComment(otherChannel, "Inom perioden");
        placeHold("""
                {"itemIds": ["%s"]}""".formatted(post), null, null);
        placeHold("""
                {"channelIds": ["%s"]}""".formatted(otherChannel), "2026-02-01T00:00:00Z", "2026-04-01T00:00:00Z");
        String unknown = UUID.randomUUID().toString();

        dispose(UUID.randomUUID(), List.of(post, reply, inPeriod, unknown))
                .body("results.outcome", contains("SKIPPED_HELD", "SKIPPED_HELD", "SKIPPED_HELD", "NOT_FOUND"))
                .body("results[3].contentSha256", nullValue());

        assertEquals(3, count(em, "select count(*) from item where id in (?1, ?2, ?3)", UUID.fromString(post),
                UUID.fromString(reply), UUID.fromString(inPeriod)));
    }

    @Test
    void holdOutsideThePeriodDoesNotKeepAnItem() {
        UUID channel = UUID.randomUUID();
        String id = ingestComment(channel, "Före perioden");
        placeHold("""
                {"channelIds": ["%s"]}""".formatted(channel), "2026-06-01T00:00:00Z", null);

        dispose(UUID.randomUUID(), List.of(id)).body("results[0].outcome", equalTo("DISPOSED"));
    }

    @Test
    void retriedRunGetsTheSameAnswersAndAnotherRunFindsItAlreadyDisposed() {
        String id = ingestComment(UUID.randomUUID(), "Gallras en gång");
        UUID run = UUID.randomUUID();
        String sha = dispose(run, List.of(id)).extract().path("results[0].contentSha256");
        long tombstones = count(em, "select count(*) from tombstone");
        long entries = count(em, "select count(*) from chain_entry");

        dispose(run, List.of(id))
                .body("results[0].outcome", equalTo("DISPOSED"))
                .body("results[0].contentSha256", equalTo(sha));
        dispose(UUID.randomUUID(), List.of(id))
                .body("results[0].outcome", equalTo("ALREADY_DISPOSED"))
                .body("results[0].contentSha256", equalTo(sha));

        assertEquals(tombstones, count(em, "select count(*) from tombstone"));
        assertEquals(entries, count(em, "select count(*) from chain_entry"));
    }

    @Test
    void candidatesArePagedByItemIdAndFilteredAndShowHolds() {
        UUID channel = UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ingestComment(channel, "Kandidat " + i));
        }
        ingest(batch(List.of(item(channel, "p-x", null, "POST", "OUTBOUND", "Inte en kommentar"))));
        placeHold("""
                {"itemIds": ["%s"]}""".formatted(ids.get(2)), null, null);
        String body = """
                {"channelIds": ["%s"], "kinds": ["COMMENT"], "directions": ["INBOUND"], "visibilities": [],
                 "createdBefore": "2027-01-01T00:00:00Z", "capturedBefore": null, "after": %s, "limit": 3}""";

        var first = candidates(body.formatted(channel, "null"))
                .body("items.size()", equalTo(3))
                .extract();
        String next = first.path("next");
        var second = candidates(body.formatted(channel, "\"" + next + "\""))
                .body("items.size()", equalTo(2))
                .body("next", nullValue())
                .extract();

        List<String> seen = new ArrayList<>(first.path("items.itemId"));
        seen.addAll(second.path("items.itemId"));
        assertEquals(ids.stream().sorted().toList(), seen);
        List<Boolean> held = new ArrayList<>(first.path("items.held"));
        held.addAll(second.path("items.held"));
        assertEquals(1, held.stream().filter(h -> h).count());
        candidates(body.formatted(channel, "null").replace("\"createdBefore\": \"2027-01-01T00:00:00Z\"",
                "\"createdBefore\": \"2026-01-01T00:00:00Z\""))
                .body("items.size()", equalTo(0));
    }

    @Test
    void candidatesLimitAboveThousandIsRejectedNamingIt() {
        given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body("""
                        {"limit": 1001}""")
                .when().post("/api/v1/disposals/candidates")
                .then().statusCode(400)
                .body("field", equalTo("limit"));
    }

    @Test
    void disposeWithoutDecisionReferenceIsRejectedAndNothingIsDisposed() {
        String id = ingestComment(UUID.randomUUID(), "Blir kvar");
        long tombstones = count(em, "select count(*) from tombstone");

        given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body("""
                        {"runId": "%s", "decisionReference": " ", "itemIds": ["%s"]}"""
                        .formatted(UUID.randomUUID(), id))
                .when().post("/api/v1/disposals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("decisionReference"));

        assertEquals(tombstones, count(em, "select count(*) from tombstone"));
        assertEquals(1, count(em, "select count(*) from item where id = ?1", UUID.fromString(id)));
    }

    @Test
    void disposeWithoutTokenIsUnauthorized() {
        String id = ingestComment(UUID.randomUUID(), "Orörd");
        given().contentType(ContentType.JSON).body("""
                {"runId": "%s", "decisionReference": "KS 2026/12", "itemIds": ["%s"]}"""
                .formatted(UUID.randomUUID(), id))
                .when().post("/api/v1/disposals").then().statusCode(401);
        assertEquals(1, count(em, "select count(*) from item where id = ?1", UUID.fromString(id)));
    }

    @Test
    void disposeByArchivistIsForbidden() {
        String id = ingestComment(UUID.randomUUID(), "Orörd");
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"runId": "%s", "decisionReference": "KS 2026/12", "itemIds": ["%s"]}"""
                        .formatted(UUID.randomUUID(), id))
                .when().post("/api/v1/disposals").then().statusCode(403);
        assertEquals(1, count(em, "select count(*) from item where id = ?1", UUID.fromString(id)));
    }

    @Test
    void candidatesWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("""
                {"limit": 10}""")
                .when().post("/api/v1/disposals/candidates").then().statusCode(401);
    }

    @Test
    void candidatesForModeratorIsForbidden() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body("""
                        {"limit": 10}""")
                .when().post("/api/v1/disposals/candidates").then().statusCode(403);
    }

    @Test
    void disposedItemIsNoLongerACandidate() {
        UUID channel = UUID.randomUUID();
        String id = ingestComment(channel, "Försvinner");
        dispose(UUID.randomUUID(), List.of(id));

        candidates("""
                {"channelIds": ["%s"], "limit": 10}""".formatted(channel))
                .body("items.itemId", not(hasItem(id)));
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes());
    }

    static void placeHold(String scope, String from, String to) {
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "DISCLOSURE_REQUEST", "reference": "KS 2026/77", "scope": %s,
                         "periodFrom": %s, "periodTo": %s}"""
                        .formatted(scope, from == null ? "null" : "\"" + from + "\"",
                                to == null ? "null" : "\"" + to + "\""))
                .when().post("/api/v1/holds")
                .then().statusCode(201);
    }
}
