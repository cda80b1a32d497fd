package se.uppsikt.archive.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import se.uppsikt.archive.blob.BlobStore;
import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.sip.ItemExport;
import se.uppsikt.pdfa.PdfA;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class DisclosureResourceTest {

    private static final String BASE = "/api/v1/disclosures";

    @Inject
    EntityManager em;

    @Inject
    BlobStore store;

    @Inject
    DisclosureReleaseJob job;

    @Inject
    ObjectMapper mapper;

    private static String registrar() {
        return Tokens.forUser("rut", "registrar");
    }

    /** A post with two comments on a fresh channel; returns [post, comment 1, comment 2]. */
    private static List<String> thread(UUID channel) {
        ExtractableResponse<Response> r = ingest(batch(List.of(
                item(channel, "p-1", null, "POST", "OUTBOUND", "Kommunen bygger ny förskola"),
                item(channel, "c-1", "p-1", "COMMENT", "INBOUND", "Mitt barn Kalle Svensson har diabetes"),
                item(channel, "c-2", "p-1", "COMMENT", "INBOUND", "Bra initiativ")))).extract();
        return List.of(r.path("results[0].itemId"), r.path("results[1].itemId"), r.path("results[2].itemId"));
    }

    private static String registerChannel(UUID channel) {
        return given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"receivedAt": "2026-03-02T08:00:00Z", "description": "Alla kommentarer i mars",
                 "scope": {"channelId": "%s", "periodFrom": "2026-03-01T00:00:00Z", "periodTo": "2026-04-01T00:00:00Z"}}
                """.formatted(channel))
                .when().post(BASE)
                .then().statusCode(201)
                .extract().path("id");
    }

    private static void decide(String id, String body, int status) {
        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/" + id + "/decision")
                .then().statusCode(status);
    }

    private static final String REFUSAL = """
            {"outcome": "REFUSED", "decisionDocumentReference": "KS 2026/0123-4", "decisionMaker": "Kommunjurist"}""";

    private long activeHolds(String requestId) {
        return count(em, "select count(*) from hold where reference = ?1 and released_at is null",
                "disclosure:" + requestId);
    }

    private void moveDeadlineClock(Duration ahead) {
        QuarkusMock.installMockForType(new DeadlineClock(Clock.offset(Clock.systemUTC(), ahead)), DeadlineClock.class);
    }

    @Test
    void registeringAnAnonymousRequestHoldsEverythingInScopeAndReadsBack() {
        UUID channel = UUID.randomUUID();
        List<String> items = thread(channel);
        long holdsBefore = count(em, "select count(*) from hold");

        String id = registerChannel(channel);

        assertEquals(holdsBefore + 1, count(em, "select count(*) from hold"));
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get(BASE + "/" + id)
                .then().statusCode(200)
                .body("requester", nullValue())
                .body("handlingOfficial", equalTo("rut"))
                .body("status", equalTo("OPEN"))
                .body("receivedAt", equalTo("2026-03-02T08:00:00Z"))
                .body("scope.channelId", equalTo(channel.toString()))
                .body("itemIds", containsInAnyOrder(items.toArray()))
                .body("holdId", notNullValue());
        String holdId = given().auth().oauth2(Tokens.forUser("admin", "admin")).when().get(BASE + "/" + id)
                .then().statusCode(200).extract().path("holdId");
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/holds/" + holdId)
                .then().statusCode(200)
                .body("reason", equalTo("DISCLOSURE_REQUEST"))
                .body("active", equalTo(true))
                .body("scope.channelIds", hasItem(channel.toString()));
        // every item in scope is now held: the disposal candidates say so
        given().auth().oauth2(Tokens.forService("retention-service")).contentType(ContentType.JSON).body("""
                {"channelIds": ["%s"], "limit": 10}""".formatted(channel))
                .when().post("/api/v1/disposals/candidates")
                .then().statusCode(200)
                .body("items.held", equalTo(List.of(true, true, true)));
        given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .when().get(BASE + "?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void aSearchScopeHoldsTheItemsItFinds() {
        UUID channel = UUID.randomUUID();
        List<String> items = thread(channel);

        String holdId = given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"receivedAt": "2026-03-02T08:00:00Z", "requester": "Journalist på lokaltidningen",
                 "scope": {"channelId": "%s", "text": "initiativ"}}""".formatted(channel))
                .when().post(BASE)
                .then().statusCode(201)
                .body("itemIds", equalTo(List.of(items.get(2))))
                .body("requester", equalTo("Journalist på lokaltidningen"))
                .extract().path("holdId");

        given().auth().oauth2(registrar()).when().get("/api/v1/holds/" + holdId)
                .then().statusCode(200)
                .body("scope.itemIds", equalTo(List.of(items.get(2))))
                .body("scope.channelIds.size()", equalTo(0));
    }

    @Test
    void registrationWithoutScopeIsRejectedNamingTheFieldAndNothingIsStored() {
        long before = count(em, "select count(*) from disclosure_request");
        long holds = count(em, "select count(*) from hold");

        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"receivedAt": "2026-03-02T08:00:00Z", "scope": {}}""")
                .when().post(BASE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("scope"));
        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"scope": {"channelId": "%s"}}""".formatted(UUID.randomUUID()))
                .when().post(BASE)
                .then().statusCode(400)
                .body("field", equalTo("receivedAt"));
        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"receivedAt": "2026-03-02T08:00:00Z", "scope": {"itemIds": ["%s"]}}""".formatted(UUID.randomUUID()))
                .when().post(BASE)
                .then().statusCode(400)
                .body("field", equalTo("scope.itemIds"));

        assertEquals(before, count(em, "select count(*) from disclosure_request"));
        assertEquals(holds, count(em, "select count(*) from hold"));
    }

    @Test
    void refusalWithoutDecisionDocumentIsRejectedAndChangesNothing() {
        UUID channel = UUID.randomUUID();
        thread(channel);
        String id = registerChannel(channel);

        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"outcome": "REFUSED", "decisionMaker": "Kommunjurist"}""")
                .when().post(BASE + "/" + id + "/decision")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("decisionDocumentReference"));
        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"outcome": "RELEASED_WITH_RESERVATION", "decisionDocumentReference": "KS 2026/0123-4"}""")
                .when().post(BASE + "/" + id + "/decision")
                .then().statusCode(400)
                .body("field", equalTo("reservation"));

        assertEquals(1, count(em, "select count(*) from disclosure_request where id = ?1 and status = 'OPEN'"
                + " and outcome is null and decided_at is null and version = 0", UUID.fromString(id)));
        assertEquals(1, activeHolds(id));
    }

    @Test
    void refusalRecordsTheAppealNoticeAndHoldsStayUntilTheAppealTimeHasPassed() {
        UUID channel = UUID.randomUUID();
        thread(channel);
        String id = registerChannel(channel);
        // open: the holds may not go
        given().auth().oauth2(registrar()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/release-holds")
                .then().statusCode(409)
                .body("detail", containsString("still open"));

        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body(REFUSAL)
                .when().post(BASE + "/" + id + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("outcome", equalTo("REFUSED"))
                .body("decisionDocumentReference", equalTo("KS 2026/0123-4"))
                .body("appealNotice", containsString("tre veckor"))
                .body("appealDeadline", notNullValue());

        // 20 days on: still within the three weeks, neither the call nor the job releases anything
        moveDeadlineClock(Duration.ofDays(20));
        given().auth().oauth2(registrar()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/release-holds")
                .then().statusCode(409)
                .body("detail", containsString("appeal time"));
        job.run();
        assertEquals(1, activeHolds(id));

        // 22 days on: the appeal time has passed without an appeal; the job releases the holds
        moveDeadlineClock(Duration.ofDays(22));
        assertTrue(job.run().contains(UUID.fromString(id)));
        assertEquals(0, activeHolds(id));
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get(BASE + "/" + id)
                .then().statusCode(200)
                .body("holdsReleasedAt", notNullValue());
    }

    @Test
    void anAppealKeepsTheHoldsUntilItIsDecided() {
        UUID channel = UUID.randomUUID();
        thread(channel);
        String id = registerChannel(channel);
        decide(id, REFUSAL, 200);

        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"lodgedAt": "%s"}""".formatted(Instant.now().minusSeconds(60)))
                .when().post(BASE + "/" + id + "/appeal")
                .then().statusCode(200)
                .body("status", equalTo("APPEALED"))
                .body("appealHoldId", notNullValue());
        assertEquals(2, activeHolds(id));

        // long after the appeal time, the pending appeal still keeps everything
        moveDeadlineClock(Duration.ofDays(60));
        job.run();
        given().auth().oauth2(registrar()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/release-holds")
                .then().statusCode(409)
                .body("detail", containsString("pending appeal"));
        assertEquals(2, activeHolds(id));

        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"outcome": "Kammarrätten i Jönköping avslog överklagandet, mål 1234-26"}""")
                .when().post(BASE + "/" + id + "/appeal/decision")
                .then().statusCode(200)
                .body("status", equalTo("APPEAL_DECIDED"));
        given().auth().oauth2(registrar()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/release-holds")
                .then().statusCode(200)
                .body("holdsReleasedAt", notNullValue());
        assertEquals(0, activeHolds(id));
        assertEquals(1, count(em, "select count(*) from hold where reference = ?1 and reason = 'APPEAL'"
                + " and release_reason like 'Överklagandet är avgjort%'", "disclosure:" + id));
    }

    @Test
    void aFullReleaseIsNotAppealableAndFreesTheHoldsAtOnce() {
        UUID channel = UUID.randomUUID();
        thread(channel);
        String id = registerChannel(channel);
        decide(id, """
                {"outcome": "RELEASED"}""", 200);
        decide(id, REFUSAL, 409);
        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"lodgedAt": "%s"}""".formatted(Instant.now().minusSeconds(60)))
                .when().post(BASE + "/" + id + "/appeal")
                .then().statusCode(409);

        given().auth().oauth2(registrar()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/release-holds")
                .then().statusCode(200);
        assertEquals(0, activeHolds(id));
    }

    @Test
    void maskingMakesADerivativeAndLeavesTheOriginalByteIdentical() throws IOException {
        UUID channel = UUID.randomUUID();
        List<String> items = thread(channel);
        String id = registerChannel(channel);
        UUID secretItem = UUID.fromString(items.get(1));
        Object[] before = original(secretItem);
        String itemJsonBefore = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + secretItem).then().statusCode(200).extract().asString();

        String maskedJson = given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"itemId": "%s", "provision": "OSL 25 kap. 1 §", "spans": ["Kalle Svensson", "diabetes"]}
                """.formatted(secretItem))
                .when().post(BASE + "/" + id + "/maskings")
                .then().statusCode(201)
                .body("maskedSpans", equalTo(2))
                .body("originalSha256", equalTo(before[1]))
                .extract().path("maskedJsonSha256");

        JsonNode masked = mapper.readTree(ItemExport.read(store, maskedJson));
        assertEquals("Mitt barn [sekretess OSL 25 kap. 1 §] har [sekretess OSL 25 kap. 1 §]",
                masked.get("text").asText());
        // the original: same text, same content hash, same raw payload bytes, same API answer
        Object[] after = original(secretItem);
        assertArrayEquals(before, after);
        assertEquals(itemJsonBefore, given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + secretItem).then().statusCode(200).extract().asString());
        assertEquals(before[2], Sha256.of(ItemExport.read(store, (String) before[2])));

        // the package carries the masked copy, never the original text of that item
        ExtractableResponse<Response> pkg = given().auth().oauth2(registrar()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/packages")
                .then().statusCode(201)
                .body("itemCount", equalTo(3))
                .body("maskedCount", equalTo(1))
                .extract();
        byte[] zip = given().auth().oauth2(registrar())
                .when().get(BASE + "/" + id + "/packages/" + pkg.path("id") + "/content")
                .then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        assertEquals(pkg.<String>path("sha256"), Sha256.of(zip));
        Map<String, byte[]> entries = unzip(zip);
        String root = "utlamnande-" + id + "/";
        JsonNode manifest = mapper.readTree(entries.get(root + "manifest.json"));
        assertEquals(pkg.<String>path("manifestSha256"), Sha256.of(entries.get(root + "manifest.json")));
        for (JsonNode file : manifest.get("files")) {
            assertEquals(file.get("sha256").asText(), Sha256.of(entries.get(root + file.get("path").asText())),
                    file.get("path").asText());
        }
        assertTrue(entries.containsKey(root + "pdfa/" + secretItem + "-maskerad.pdf"));
        assertTrue(PdfA.validate(entries.get(root + "pdfa/utlamnande.pdf")).compliant());
        assertTrue(PdfA.validate(entries.get(root + "pdfa/" + secretItem + "-maskerad.pdf")).compliant());
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".json")) {
                assertTrue(!new String(bytes).contains("Kalle Svensson"), name + " leaks the masked name");
            }
        });
        assertNotEquals(null, entries.get(root + "json/" + items.get(0) + ".json"));
    }

    @Test
    void maskingASpanThatIsNotThereIsRejectedAndNothingIsStored() {
        UUID channel = UUID.randomUUID();
        List<String> items = thread(channel);
        String id = registerChannel(channel);
        long before = count(em, "select count(*) from disclosure_masking");

        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"itemId": "%s", "provision": "OSL 25 kap. 1 §", "spans": ["finns inte"]}""".formatted(items.get(1)))
                .when().post(BASE + "/" + id + "/maskings")
                .then().statusCode(400)
                .body("field", equalTo("spans"));
        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"itemId": "%s", "provision": "OSL 25 kap. 1 §", "wholeItem": true}""".formatted(UUID.randomUUID()))
                .when().post(BASE + "/" + id + "/maskings")
                .then().statusCode(400)
                .body("field", equalTo("itemId"));
        given().auth().oauth2(registrar()).contentType(ContentType.JSON).body("""
                {"itemId": "%s", "wholeItem": true}""".formatted(items.get(1)))
                .when().post(BASE + "/" + id + "/maskings")
                .then().statusCode(400)
                .body("field", equalTo("provision"));

        assertEquals(before, count(em, "select count(*) from disclosure_masking"));
    }

    @Test
    void unknownRequestIsNotFound() {
        given().auth().oauth2(registrar()).when().get(BASE + "/" + UUID.randomUUID())
                .then().statusCode(404);
        decide(UUID.randomUUID().toString(), REFUSAL, 404);
    }

    @Test
    void everyEndpointNeedsAToken() {
        String id = UUID.randomUUID().toString();
        for (String path : List.of("", "/" + id + "/maskings", "/" + id + "/packages", "/" + id + "/decision",
                "/" + id + "/appeal", "/" + id + "/appeal/decision", "/" + id + "/release-holds")) {
            given().contentType(ContentType.JSON).body("{}").when().post(BASE + path).then().statusCode(401);
        }
        for (String path : List.of("", "/" + id, "/" + id + "/maskings", "/" + id + "/packages/" + id + "/content")) {
            given().when().get(BASE + path).then().statusCode(401);
        }
    }

    @Test
    void otherRolesAreForbidden() {
        String id = UUID.randomUUID().toString();
        String archivist = Tokens.forUser("anna", "archivist");
        Map<String, String> bodies = Map.of(
                "", """
                        {"receivedAt": "2026-03-02T08:00:00Z", "scope": {"channelId": "%s"}}""".formatted(id),
                "/" + id + "/maskings", """
                        {"itemId": "%s", "provision": "OSL 25 kap. 1 §", "wholeItem": true}""".formatted(id),
                "/" + id + "/packages", "{}",
                "/" + id + "/decision", REFUSAL,
                "/" + id + "/appeal", """
                        {"lodgedAt": "2026-03-02T08:00:00Z"}""",
                "/" + id + "/appeal/decision", """
                        {"outcome": "avslag"}""",
                "/" + id + "/release-holds", "{}");
        bodies.forEach((path, body) -> given().auth().oauth2(archivist).contentType(ContentType.JSON).body(body)
                .when().post(BASE + path).then().statusCode(403));
        String moderator = Tokens.forUser("maja", "moderator");
        for (String path : List.of("", "/" + id, "/" + id + "/maskings", "/" + id + "/packages/" + id + "/content")) {
            given().auth().oauth2(moderator).when().get(BASE + path).then().statusCode(403);
        }
        given().auth().oauth2(archivist).when().get(BASE + "/" + id + "/packages/" + id + "/content")
                .then().statusCode(403);
    }

    private Object[] original(UUID itemId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery("select text, content_sha256, raw_sha256, captured_at from item_version"
                        + " where item_id = ?1 and version_no = 1")
                .setParameter(1, itemId).getSingleResult());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
