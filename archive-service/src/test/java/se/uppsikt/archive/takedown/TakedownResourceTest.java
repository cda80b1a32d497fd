package se.uppsikt.archive.takedown;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.uppsikt.archive.OutsideWorld;
import se.uppsikt.archive.blob.BlobStore;
import se.uppsikt.archive.registry.ChannelLabel;
import se.uppsikt.testsupport.Tokens;

/**
 * The takedown API (contract 2) against a Graph API faked in the shapes of
 * https://developers.facebook.com/docs/graph-api/reference/comment/ (comment fields message, from, created_time,
 * is_hidden; hide with POST /{comment-id}?is_hidden=true, delete with DELETE /{comment-id}) and
 * https://developers.facebook.com/docs/graph-api/reference/page/feed (post fields, paging).
 */
@QuarkusTest
class TakedownResourceTest {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    BlobStore blobStore;

    @AfterEach
    void reset() {
        OutsideWorld.resetToDefaults();
    }

    /** A post of the authority with an inbound comment, archived; the platform shows the comment edited since. */
    private record Thread(UUID channel, String postId, String commentId, String postItem, String commentItem) {
    }

    private static Thread thread(String commentTextOnPlatform) {
        UUID channel = UUID.randomUUID();
        OutsideWorld.token(channel, "token-" + channel);
        String postId = OutsideWorld.DEFAULT_PAGE_ID + "_" + Math.abs(UUID.randomUUID().getMostSignificantBits());
        String commentId = postId + "_c" + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        var results = ingest(batch(List.of(
                item(channel, postId, null, "POST", "OUTBOUND", "Kommunens nya simhall öppnar"),
                item(channel, commentId, postId, "COMMENT", "INBOUND", "En kränkande kommentar")))).extract();
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + postId)).willReturn(okJson("""
                {"id": "%s", "message": "Kommunens nya simhall öppnar", "created_time": "2026-03-01T10:15:30+0000",
                 "from": {"name": "Testkanalen", "id": "%s"}, "permalink_url": "https://facebook.example/%s"}
                """.formatted(postId, OutsideWorld.DEFAULT_PAGE_ID, postId))));
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + postId + "/comments")).willReturn(okJson("""
                {"data": [{"id": "%s", "message": "%s", "created_time": "2026-03-01T10:20:00+0000",
                           "from": {"name": "Medborgare Ett", "id": "u-1"}, "is_hidden": false, "comment_count": 0}],
                 "paging": {"cursors": {"before": "QVFIUmJ", "after": "QVFIUmx"}}}
                """.formatted(commentId, commentTextOnPlatform))));
        return new Thread(channel, postId, commentId, results.path("results[0].itemId"),
                results.path("results[1].itemId"));
    }

    private static ValidatableResponse takedown(UUID decision, String itemId, String action, String reason) {
        return given().auth().oauth2(Tokens.forService("moderation"))
                .contentType(ContentType.JSON).body("""
                        {"decisionId": "%s", "itemId": "%s", "action": "%s", "reasonCode": "%s",
                         "requestedBy": "maja"}""".formatted(decision, itemId, action, reason))
                .when().post("/api/v1/takedowns")
                .then();
    }

    private long count(String sql, Object... parameters) {
        return se.uppsikt.archive.Fixtures.count(em, sql, parameters);
    }

    /** What another connection sees committed in the database. */
    private Map<String, Object> committed(UUID decision) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select t.status, t.evidence_committed_at,"
                        + " (select count(*) from takedown_evidence e where e.takedown_id = t.id),"
                        + " (select count(*) from hold h where h.id = t.hold_id and h.reason = 'MODERATION_EVIDENCE'),"
                        + " (select count(*) from chain_entry ce where ce.subject_id = t.id and ce.kind = 'TAKEDOWN')"
                        + " from takedown t where t.decision_id = ?")) {
            s.setObject(1, decision);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Map.of("status", "NONE");
                }
                return Map.of("status", r.getString(1), "evidenceCommittedAt", String.valueOf(r.getObject(2)),
                        "evidence", r.getLong(3), "holds", r.getLong(4), "chainEntries", r.getLong(5));
            }
        } catch (Exception e) {
            return Map.of("status", "ERROR " + e);
        }
    }

    @Test
    void evidenceIsCommittedBeforeThePlatformIsCalledAndTheItemIsMarkedHiddenAndRestricted() {
        Thread t = thread("En kränkande kommentar (redigerad)");
        UUID decision = UUID.randomUUID();
        OutsideWorld.server.stubFor(post(urlPathEqualTo("/v23.0/" + t.commentId()))
                .withQueryParam("is_hidden", equalTo("true")).willReturn(okJson("{\"success\": true}")));
        Map<String, Map<String, Object>> seenDuringCall = new ConcurrentHashMap<>();
        OutsideWorld.beforePlatformAnswers = request -> seenDuringCall.put(request.getUrl(), committed(decision));

        takedown(decision, t.commentItem(), "HIDE", "BBS_HETS_MOT_FOLKGRUPP")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("EXECUTED"))
                .body("evidenceIds", hasSize(2))
                .body("evidenceSha256", everyItem(matchesPattern("[0-9a-f]{64}")))
                .body("platformResponse", containsString("is_hidden=true"))
                .body("detail", nullValue());

        // While the platform held its answer, the evidence, its hold and its chain entry were already committed.
        assertEquals(1, seenDuringCall.size(), seenDuringCall::toString);
        Map<String, Object> seen = seenDuringCall.values().iterator().next();
        assertEquals("EVIDENCE_SEALED", seen.get("status"), seen::toString);
        assertEquals(2L, seen.get("evidence"), seen::toString);
        assertEquals(1L, seen.get("holds"), seen::toString);
        assertEquals(1L, seen.get("chainEntries"), seen::toString);
        OutsideWorld.server.verify(1, postRequestedFor(urlPathEqualTo("/v23.0/" + t.commentId()))
                .withHeader("Authorization", equalTo("Bearer token-" + t.channel())));

        // the thread was read from the platform first: the edit there is a new version in the archive
        assertEquals(2,
                count("select count(*) from item_version where item_id = ?1", UUID.fromString(t.commentItem())));
        assertEquals(1, count("select count(*) from takedown where decision_id = ?1 and context_source = 'PLATFORM'"
                + " and platform_called_at >= evidence_committed_at", decision));
        given().auth().oauth2(Tokens.forUser("arne", "archivist"))
                .when().get("/api/v1/items/" + t.commentItem())
                .then().statusCode(200)
                .body("visibility", org.hamcrest.Matchers.equalTo("RESTRICTED"))
                .body("platformState.state", org.hamcrest.Matchers.equalTo("HIDDEN"))
                .body("platformState.noticedAt", org.hamcrest.Matchers.notNullValue())
                .body("versions", hasSize(2));
        assertEquals(1, count("select count(*) from hold h join hold_item hi on hi.hold_id = h.id"
                + " where h.reason = 'MODERATION_EVIDENCE' and hi.item_id = ?1", UUID.fromString(t.commentItem())));
        assertEquals(2, count("select count(*) from chain_entry where kind = 'TAKEDOWN' and subject_id ="
                + " (select id from takedown where decision_id = ?1)", decision));
        // the sealed rendition shows the thread, both items
        assertEquals(2, count("select count(*) from rendition_item ri join takedown_evidence e on e.rendition_id ="
                + " ri.rendition_id join takedown t on t.id = e.takedown_id where t.decision_id = ?1", decision));
    }

    @Test
    void repeatingATakedownReturnsTheFirstResultAndDoesNothingNew() {
        Thread t = thread("En kränkande kommentar");
        UUID decision = UUID.randomUUID();
        OutsideWorld.server.stubFor(delete(urlPathEqualTo("/v23.0/" + t.commentId()))
                .willReturn(okJson("{\"success\": true}")));
        String first = takedown(decision, t.commentItem(), "REMOVE", "BBS_OLAGA_HOT")
                .statusCode(201).body("status", org.hamcrest.Matchers.equalTo("EXECUTED"))
                .extract().path("takedownId");
        long evidence = count("select count(*) from takedown_evidence");
        long chain = count("select count(*) from chain_entry");
        long holds = count("select count(*) from hold");
        long versions = count("select count(*) from item_version");

        takedown(decision, t.commentItem(), "REMOVE", "BBS_OLAGA_HOT")
                .statusCode(201)
                .body("takedownId", org.hamcrest.Matchers.equalTo(first))
                .body("status", org.hamcrest.Matchers.equalTo("EXECUTED"));

        OutsideWorld.server.verify(1, deleteRequestedFor(urlPathEqualTo("/v23.0/" + t.commentId())));
        OutsideWorld.server.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v23.0/" + t.postId() + "/comments")));
        assertEquals(evidence, count("select count(*) from takedown_evidence"));
        assertEquals(chain, count("select count(*) from chain_entry"));
        assertEquals(holds, count("select count(*) from hold"));
        assertEquals(versions, count("select count(*) from item_version"));
        given().auth().oauth2(Tokens.forUser("arne", "archivist"))
                .when().get("/api/v1/items/" + t.commentItem())
                .then().statusCode(200)
                .body("platformState.state", org.hamcrest.Matchers.equalTo("REMOVED_FROM_PLATFORM"));
        given().auth().oauth2(Tokens.forUser("mona", "moderator"))
                .when().get("/api/v1/takedowns/" + first)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("EXECUTED"));
    }

    @Test
    void platformFailureKeepsTheEvidenceAndTheSameDecisionRetriesOnlyThePlatformCall() {
        Thread t = thread("En kränkande kommentar");
        UUID decision = UUID.randomUUID();
        OutsideWorld.server.stubFor(post(urlPathEqualTo("/v23.0/" + t.commentId())).willReturn(aResponse()
                .withStatus(500).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "An unexpected error has occurred.", "type": "OAuthException",
                                   "code": 2, "fbtrace_id": "A1b2C3"}}""")));

        String id = takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("PLATFORM_FAILED"))
                .body("evidenceIds", hasSize(2))
                .body("detail", containsString("Bevisningen är säkrad"))
                .body("platformResponse", containsString("500"))
                .extract().path("takedownId");
        assertEquals("PUBLIC", visibility(t.commentItem()));
        long evidence = count("select count(*) from takedown_evidence where takedown_id = ?1", UUID.fromString(id));
        long holds = count("select count(*) from hold");
        long renditions = count("select count(*) from rendition");
        assertEquals(2, evidence);

        OutsideWorld.server.stubFor(post(urlPathEqualTo("/v23.0/" + t.commentId()))
                .withQueryParam("is_hidden", equalTo("true")).willReturn(okJson("{\"success\": true}")));
        takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(201)
                .body("takedownId", org.hamcrest.Matchers.equalTo(id))
                .body("status", org.hamcrest.Matchers.equalTo("EXECUTED"));

        // the retry called the platform again, and only the platform: no second reading, sealing or hold
        OutsideWorld.server.verify(2, postRequestedFor(urlPathEqualTo("/v23.0/" + t.commentId())));
        OutsideWorld.server.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v23.0/" + t.postId() + "/comments")));
        assertEquals(evidence, count("select count(*) from takedown_evidence where takedown_id = ?1",
                UUID.fromString(id)));
        assertEquals(holds, count("select count(*) from hold"));
        assertEquals(renditions, count("select count(*) from rendition"));
        assertEquals(2, count("select platform_attempts from takedown where id = ?1", UUID.fromString(id)));
        assertEquals("RESTRICTED", visibility(t.commentItem()));
    }

    @Test
    void aTakedownLeftHalfWayByACrashIsTakenOverByTheSameDecisionOnceStale() {
        Thread t = thread("En kränkande kommentar");
        UUID decision = UUID.randomUUID();
        OutsideWorld.server.stubFor(post(urlPathEqualTo("/v23.0/" + t.commentId())).willReturn(aResponse()
                .withStatus(503)));
        String id = takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(201).body("status", org.hamcrest.Matchers.equalTo("PLATFORM_FAILED"))
                .extract().path("takedownId");
        // as a crash between the evidence commit and the platform's answer leaves it
        se.uppsikt.archive.Fixtures.execute(em, "update takedown set status = 'EVIDENCE_SEALED', updated_at = now()"
                + " where id = ?1", UUID.fromString(id));
        OutsideWorld.server.stubFor(post(urlPathEqualTo("/v23.0/" + t.commentId()))
                .willReturn(okJson("{\"success\": true}")));

        takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(409)
                .body("detail", containsString("right now"));
        OutsideWorld.server.verify(1, postRequestedFor(urlPathEqualTo("/v23.0/" + t.commentId())));

        se.uppsikt.archive.Fixtures.execute(em, "update takedown set updated_at = now() - interval '1 hour'"
                + " where id = ?1", UUID.fromString(id));
        takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(201)
                .body("takedownId", org.hamcrest.Matchers.equalTo(id))
                .body("status", org.hamcrest.Matchers.equalTo("EXECUTED"));
        OutsideWorld.server.verify(2, postRequestedFor(urlPathEqualTo("/v23.0/" + t.commentId())));
        assertEquals(2, count("select count(*) from takedown_evidence where takedown_id = ?1", UUID.fromString(id)));
    }

    @Test
    void sealingFailureMeansThePlatformIsNeverCalled() {
        Thread t = thread("En kränkande kommentar");
        UUID decision = UUID.randomUUID();
        OutsideWorld.server.stubFor(post(urlPathMatching("/v23.0/.*")).willReturn(okJson("{\"success\": true}")));
        // The blob store refuses to write, as a full or read-only disk would.
        QuarkusMock.installMockForType(new EvidenceSealer(null, null, null, null, null, null, null, null) {
            @Override
            public Sealed seal(UUID takedownId, UUID decisionId, UUID itemId, TakedownAction action,
                    String reasonCode, boolean metadataOnly, String contextSource, List<PlatformCopy> platformCopies,
                    ChannelLabel channel, String actor) {
                throw new SealingFailedException("the blob store could not write the manifest (disk full)");
            }
        }, EvidenceSealer.class);
        long holds = count("select count(*) from hold");

        takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("EVIDENCE_FAILED"))
                .body("evidenceIds", empty())
                .body("detail", containsString("disk full"))
                .body("detail", containsString("Plattformen anropades inte"));

        OutsideWorld.server.verify(0, postRequestedFor(urlPathMatching("/v23.0/.*")));
        OutsideWorld.server.verify(0, deleteRequestedFor(urlPathMatching("/v23.0/.*")));
        assertEquals(0, count("select count(*) from takedown_evidence e join takedown t on t.id = e.takedown_id"
                + " where t.decision_id = ?1", decision));
        assertEquals(holds, count("select count(*) from hold"));
        assertEquals("PUBLIC", visibility(t.commentItem()));
        assertEquals(0, count("select count(*) from item_platform_state where item_id = ?1",
                UUID.fromString(t.commentItem())));
    }

    @Test
    void childAbuseReasonKeepsMetadataAndHashesOnly() throws Exception {
        Thread t = thread("Text som aldrig får sparas");
        UUID decision = UUID.randomUUID();
        OutsideWorld.server.stubFor(delete(urlPathEqualTo("/v23.0/" + t.commentId()))
                .willReturn(okJson("{\"success\": true}")));
        long renditions = count("select count(*) from rendition");

        var response = takedown(decision, t.commentItem(), "REMOVE", "BBS_BARNPORNOGRAFIBROTT")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("EXECUTED"))
                .body("evidenceIds", hasSize(1))
                .extract();

        // no rendition (it would show text), and the platform's text was not ingested as a new version
        assertEquals(renditions, count("select count(*) from rendition"));
        assertEquals(1,
                count("select count(*) from item_version where item_id = ?1", UUID.fromString(t.commentItem())));
        String manifestSha = response.path("evidenceSha256[0]");
        String manifest;
        try (InputStream in = blobStore.open(manifestSha).orElseThrow()) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertFalse(manifest.contains("Text som aldrig får sparas"), manifest);
        assertFalse(manifest.contains("En kränkande kommentar"), manifest);
        assertTrue(manifest.contains("\"metadataOnly\":true"), manifest);
        assertTrue(manifest.contains("contentSha256"), manifest);
        assertTrue(manifest.contains("rawSha256"), manifest);
        OutsideWorld.server.verify(1, deleteRequestedFor(urlPathEqualTo("/v23.0/" + t.commentId())));
    }

    @Test
    void unreachablePlatformThreadIsSealedFromTheArchivesLatestCopyAndSaysSo() {
        Thread t = thread("ignored");
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + t.postId())).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        OutsideWorld.server.stubFor(post(urlPathEqualTo("/v23.0/" + t.commentId()))
                .willReturn(okJson("{\"success\": true}")));
        UUID decision = UUID.randomUUID();

        takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("EXECUTED"))
                .body("evidenceIds", hasSize(2))
                .body("detail", containsString("arkivets senaste kopia"));
        assertEquals(1, count("select count(*) from takedown where decision_id = ?1 and context_source = 'ARCHIVE'",
                decision));
    }

    @Test
    void sameDecisionForAnotherItemIsAConflict() {
        Thread t = thread("En kränkande kommentar");
        UUID decision = UUID.randomUUID();
        OutsideWorld.server.stubFor(post(urlPathEqualTo("/v23.0/" + t.commentId()))
                .willReturn(okJson("{\"success\": true}")));
        takedown(decision, t.commentItem(), "HIDE", "BBS_OLAGA_HOT").statusCode(201);
        long takedowns = count("select count(*) from takedown");

        takedown(decision, t.postItem(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(takedowns, count("select count(*) from takedown"));
    }

    @Test
    void unknownItemIsNotFoundAndNothingIsRecorded() {
        long takedowns = count("select count(*) from takedown");
        takedown(UUID.randomUUID(), UUID.randomUUID().toString(), "HIDE", "BBS_OLAGA_HOT")
                .statusCode(404)
                .contentType("application/problem+json");
        assertEquals(takedowns, count("select count(*) from takedown"));
    }

    @Test
    void invalidActionIsRejectedNamingTheFieldAndNothingIsRecorded() {
        Thread t = thread("En kränkande kommentar");
        long takedowns = count("select count(*) from takedown");
        given().auth().oauth2(Tokens.forService("moderation"))
                .contentType(ContentType.JSON).body("""
                        {"decisionId": "%s", "itemId": "%s", "reasonCode": "BBS_OLAGA_HOT", "requestedBy": "maja"}"""
                        .formatted(UUID.randomUUID(), t.commentItem()))
                .when().post("/api/v1/takedowns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("action"));
        given().auth().oauth2(Tokens.forService("moderation"))
                .contentType(ContentType.JSON).body("""
                        {"decisionId": "%s", "itemId": "%s", "action": "HIDE", "reasonCode": "hets",
                         "requestedBy": "maja"}""".formatted(UUID.randomUUID(), t.commentItem()))
                .when().post("/api/v1/takedowns")
                .then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("reasonCode"));
        assertEquals(takedowns, count("select count(*) from takedown"));
        OutsideWorld.server.verify(0, postRequestedFor(urlPathMatching("/v23.0/.*")));
    }

    @Test
    void takedownNeedsAToken() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/takedowns")
                .then().statusCode(401);
        given().when().get("/api/v1/takedowns/" + UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    void onlyServicesMayTakeDownAndOnlyStaffMayRead() {
        long takedowns = count("select count(*) from takedown");
        given().auth().oauth2(Tokens.forUser("mona", "moderator"))
                .contentType(ContentType.JSON).body("""
                        {"decisionId": "%s", "itemId": "%s", "action": "HIDE", "reasonCode": "BBS_OLAGA_HOT",
                         "requestedBy": "mona"}""".formatted(UUID.randomUUID(), UUID.randomUUID()))
                .when().post("/api/v1/takedowns")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("kalle", "channel-admin"))
                .when().get("/api/v1/takedowns/" + UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .when().get("/api/v1/takedowns/" + UUID.randomUUID())
                .then().statusCode(404);
        assertEquals(takedowns, count("select count(*) from takedown"));
    }

    private String visibility(String itemId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select visibility from item where id = ?1")
                .setParameter(1, UUID.fromString(itemId)).getSingleResult());
    }
}
