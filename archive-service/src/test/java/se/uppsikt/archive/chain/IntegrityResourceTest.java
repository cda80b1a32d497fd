package se.uppsikt.archive.chain;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.execute;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import se.uppsikt.archive.blob.FileSystemBlobStore;
import se.uppsikt.archive.chain.api.FixityRunView;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class IntegrityResourceTest {

    @Inject
    EntityManager em;

    @Inject
    FileSystemBlobStore blobStore;

    @Inject
    FixityJob fixity;

    private static JsonPath verify() {
        return given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/integrity/verify")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void untouchedArchiveVerifiesIntact() {
        ingest(batch(List.of(item(UUID.randomUUID(), "p-1", null, "POST", "OUTBOUND", "Orörd"))));
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "MANUAL", "reference": "KS 2026/1", "scope": {"channelIds": ["%s"]}}"""
                        .formatted(UUID.randomUUID()))
                .when().post("/api/v1/holds")
                .then().statusCode(201);

        given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .when().get("/api/v1/integrity/verify")
                .then().statusCode(200)
                .body("intact", equalTo(true))
                .body("entriesChecked", greaterThan(1))
                .body("blobsChecked", greaterThan(1))
                .body("firstBrokenLink", nullValue());
    }

    @Test
    void everyIngestedVersionAndPlacedHoldIsAChainEntry() {
        long before = count(em, "select count(*) from chain_entry");
        ingest(batch(List.of(item(UUID.randomUUID(), "p-2", null, "POST", "OUTBOUND", "Ett"),
                item(UUID.randomUUID(), "p-3", null, "POST", "OUTBOUND", "Två"))));
        String hold = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "APPEAL", "reference": "KS 2026/2", "scope": {"itemIds": ["%s"]}}"""
                        .formatted(UUID.randomUUID()))
                .when().post("/api/v1/holds")
                .then().statusCode(201).extract().path("id");

        assertEquals(before + 3, count(em, "select count(*) from chain_entry"));
        assertEquals(1, count(em, "select count(*) from chain_entry where kind = 'HOLD_PLACED' and subject_id = ?1",
                UUID.fromString(hold)));
    }

    @Test
    void chainEntriesCannotBeChangedEvenDirectlyInTheDatabase() {
        ingest(batch(List.of(item(UUID.randomUUID(), "p-4", null, "POST", "OUTBOUND", "Låst"))));
        assertThrows(RuntimeException.class,
                () -> execute(em, "update chain_entry set detail = 'ändrad' where seq = 1"));
        assertThrows(RuntimeException.class, () -> execute(em, "delete from chain_entry where seq = 1"));
    }

    /** A row changed in the database and a blob changed on disk are both reported; the first broken link is named. */
    @Test
    void tamperedVersionRowAndBlobOnDiskAreBothReported() throws Exception {
        UUID channel = UUID.randomUUID();
        String itemId = ingest(batch(List.of(item(channel, "t-1", null, "COMMENT", "INBOUND", "Ursprunglig text"))))
                .extract().path("results[0].itemId");
        String mediaSha = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + itemId)
                .then().statusCode(200).extract().path("versions[0].media[0].sha256");
        long seq = count(em, "select c.seq from chain_entry c join item_version v on v.id = c.subject_id"
                + " where v.item_id = ?1", UUID.fromString(itemId));
        Path blob = blobStore.locate(mediaSha);
        byte[] original = Files.readAllBytes(blob);
        try {
            execute(em, "update item_version set text = 'Förfalskad text' where item_id = ?1", UUID.fromString(itemId));
            Files.write(blob, "utbytt bild".getBytes());

            JsonPath report = verify();

            assertEquals(false, report.getBoolean("intact"));
            assertEquals(seq, report.getLong("firstBrokenLink.seq"));
            assertEquals("SUBJECT", report.getString("firstBrokenLink.kind"));
            assertEquals("ITEM_VERSION_INGESTED", report.getString("firstBrokenLink.entryKind"));
            assertEquals(List.of("SUBJECT", "BLOB_MISMATCH"), report.getList("findings.kind"));
            assertEquals(mediaSha, report.getString("findings[1].sha256"));

            FixityRunView run = fixity.run();
            assertEquals(1, run.mismatched());
            assertEquals(1, count(em, "select count(*) from fixity_check where run_id = ?1 and outcome = 'MISMATCH'"
                    + " and sha256 = ?2", run.runId(), mediaSha));
        } finally {
            execute(em, "update item_version set text = 'Ursprunglig text' where item_id = ?1",
                    UUID.fromString(itemId));
            Files.write(blob, original);
        }
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/integrity/verify")
                .then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void missingBlobIsReportedAndFixityRecordsEveryBlob() throws Exception {
        String itemId = ingest(batch(List.of(item(UUID.randomUUID(), "t-2", null, "MEDIA", "OUTBOUND", "Bild"))))
                .extract().path("results[0].itemId");
        String rawSha = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + itemId)
                .then().statusCode(200).extract().path("versions[0].rawSha256");
        Path blob = blobStore.locate(rawSha);
        byte[] original = Files.readAllBytes(blob);
        long blobs = count(em, "select count(*) from blob");
        try {
            Files.delete(blob);

            given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                    .when().get("/api/v1/integrity/verify")
                    .then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("findings.kind", hasItem("BLOB_MISSING"))
                    .body("firstBrokenLink", nullValue());

            FixityRunView run = fixity.run();
            assertEquals(blobs, run.checked());
            assertEquals(1, run.missing());
            assertEquals(blobs, count(em, "select count(*) from fixity_check where run_id = ?1", run.runId()));
        } finally {
            Files.write(blob, original);
        }
    }

    @Test
    void fixityRunThroughTheApiChecksEveryBlob() {
        ingest(batch(List.of(item(UUID.randomUUID(), "t-3", null, "POST", "OUTBOUND", "Fixitet"))));
        long blobs = count(em, "select count(*) from blob");

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().post("/api/v1/integrity/fixity-runs")
                .then().statusCode(200)
                .body("checked", equalTo((int) blobs))
                .body("mismatched", equalTo(0))
                .body("missing", equalTo(0));
    }

    @Test
    void verifyWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/integrity/verify").then().statusCode(401);
    }

    @Test
    void verifyByModeratorIsForbidden() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/integrity/verify").then().statusCode(403);
    }

    @Test
    void fixityRunWithoutTokenIsUnauthorized() {
        given().when().post("/api/v1/integrity/fixity-runs").then().statusCode(401);
    }

    @Test
    void fixityRunByAuditorIsForbidden() {
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().post("/api/v1/integrity/fixity-runs").then().statusCode(403);
    }
}
