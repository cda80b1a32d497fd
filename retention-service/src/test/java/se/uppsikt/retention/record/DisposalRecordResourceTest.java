package se.uppsikt.retention.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.retention.run.RunFixtures.RUNS;
import static se.uppsikt.retention.run.RunFixtures.approveAsNils;
import static se.uppsikt.retention.run.RunFixtures.decision;
import static se.uppsikt.retention.run.RunFixtures.dryRun;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.pdfa.PdfA;
import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.retention.FakeDownstream.Item;
import se.uppsikt.retention.decision.Sha256;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class DisposalRecordResourceTest {

    private static final Instant OLD = Instant.now().minus(5 * 366, ChronoUnit.DAYS);

    @Test
    void recordNamesDecisionPeopleCountsAndHashesAndIsRegistered() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "INSTAGRAM", null, null);
        Item comment = FakeDownstream.item(channel, "COMMENT", OLD, false);
        Item media = FakeDownstream.item(channel, "MEDIA", OLD, false);
        Item held = FakeDownstream.item(channel, "COMMENT", OLD, true);
        String decisionId = decision(authority, List.of(channel), "\"COMMENT\", \"MEDIA\"", "P3Y", "CREATED", true,
                "");
        String runId = dryRun(decisionId);
        approveAsNils(runId);
        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute").then().statusCode(200);

        // the record's registration was sent at execution; reading the record asks the diarium for the number
        var record = given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get(RUNS + "/" + runId + "/record")
                .then().statusCode(200)
                .body("runId", equalTo(runId))
                .body("decision.id", equalTo(decisionId))
                .body("decision.reference", startsWith("KS 2026/"))
                .body("decision.legalBasis", equalTo("Arkivlagen (1990:782) 10 §"))
                .body("createdBy", equalTo("karin"))
                .body("approvedBy", equalTo("nils"))
                .body("executedBy", equalTo("nils"))
                .body("executedAt", notNullValue())
                .body("outcomes.DISPOSED", equalTo(2))
                .body("exclusions.HELD", equalTo(1))
                .body("perChannelAndKind.kind", contains("COMMENT", "MEDIA"))
                .body("perChannelAndKind.disposed", contains(1, 1))
                .body("perChannelAndKind.skipped", contains(1, 0))
                .body("disposed.itemId", containsInAnyOrder(comment.itemId.toString(), media.itemId.toString()))
                .body("disposed.contentSha256", containsInAnyOrder(comment.sha256(), media.sha256()))
                .body("disposed[0]", not(hasKey("text")))
                .body("skipped.itemId", contains(held.itemId.toString()))
                .body("skipped.reason", contains("HELD"))
                .body("skippedByReason.HELD", equalTo(1))
                .body("notDestroyed", empty())
                .body("itemList.rows", equalTo(3))
                .body("itemList.mediaType", equalTo("text/csv"))
                .body("copiesOutsideReach", startsWith("Database and object-store backups"))
                .body("registration.status", equalTo("REGISTERED"))
                .body("registration.registrationNumber", startsWith("KS 2026/0123-"))
                .extract();

        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId)
                .then().statusCode(200)
                .body("registrationStatus", equalTo("REGISTERED"))
                .body("registrationNumber", equalTo(record.path("registration.registrationNumber")));

        JsonNode sent = FakeDownstream.REGISTRATION_REQUESTS.stream()
                .filter(r -> r.get("sourceReference").asText().equals("retention:run:" + runId)).findFirst()
                .orElseThrow();
        assertEquals("retention-service", sent.get("sourceService").asText());
        assertEquals(authority.toString(), sent.get("authorityId").asText());
        assertEquals("UPPRATTAD", sent.get("direction").asText());
        JsonNode pdf = sent.get("attachments").get(0);
        assertEquals("application/pdf", pdf.get("mediaType").asText());
        assertEquals(pdf.get("sha256").asText(), pdf.get("decodedSha256").asText(), "the PDF's hash as sent");
        byte[] registeredPdf = Base64.getDecoder().decode(pdf.get("contentBase64").asText());
        assertTrue(PdfA.validate(registeredPdf).compliant());
        // the item list is a CSV beside the PDF/A, which names it by hash
        JsonNode list = sent.get("attachments").get(1);
        assertEquals("text/csv", list.get("mediaType").asText());
        assertEquals("gallringsprotokoll-" + runId + "-forteckning.csv", list.get("name").asText());
        assertEquals(list.get("sha256").asText(), list.get("decodedSha256").asText(), "the list's hash as sent");
        String csv = new String(Base64.getDecoder().decode(list.get("contentBase64").asText()), StandardCharsets.UTF_8);
        assertTrue(csv.contains(comment.itemId + "," + channel + ",COMMENT,DISPOSED," + comment.sha256()), csv);
        assertTrue(csv.contains(held.itemId + "," + channel + ",COMMENT,HELD,"), csv);
        assertEquals(4, csv.split("\r\n").length, "header and three items: " + csv);
        assertTrue(text(registeredPdf).contains(list.get("sha256").asText()), "the PDF/A names the list's hash");
        assertTrue(sent.get("description").asText().contains(list.get("sha256").asText()));

        // the list read later is the one registered: same bytes, same hash
        byte[] fetched = given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId + "/record/items.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(list.get("name").asText()))
                .extract().asByteArray();
        assertEquals(list.get("sha256").asText(), Sha256.hex(fetched));
    }

    @Test
    void recordStatesPerArchiveAnswerWhatItCouldNotDestroy() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "FACEBOOK_PAGE", null, null);
        Item disposed = FakeDownstream.item(channel, "POST", OLD, false);
        Item heldLater = FakeDownstream.item(channel, "COMMENT", OLD, false);
        Item goneLater = FakeDownstream.item(channel, "COMMENT", OLD, false);
        Item disposedElsewhere = FakeDownstream.item(channel, "REPLY", OLD, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"POST\", \"COMMENT\", \"REPLY\"", "P1Y",
                "CREATED", false, ""));
        // between the dry run and execution the archive changes under the run
        heldLater.held = true;
        FakeDownstream.ITEMS.remove(goneLater.itemId);
        disposedElsewhere.disposed = true;
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute").then().statusCode(200);

        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId + "/record")
                .then().statusCode(200)
                .body("outcomes.DISPOSED", equalTo(1))
                .body("notDestroyed.outcome", contains("ALREADY_DISPOSED", "NOT_FOUND", "SKIPPED_HELD"))
                .body("notDestroyed.count", contains(1, 1, 1))
                .body("notDestroyed.find { it.outcome == 'SKIPPED_HELD' }.meaning", containsString("hold"))
                .body("notDestroyed.find { it.outcome == 'NOT_FOUND' }.meaning", containsString("destroyed nothing"))
                .body("skippedByReason", equalTo(Map.of("ALREADY_DISPOSED", 1, "NOT_FOUND", 1, "SKIPPED_HELD", 1)))
                .body("skipped.find { it.itemId == '" + heldLater.itemId + "' }.reason", equalTo("SKIPPED_HELD"))
                .body("skipped.find { it.itemId == '" + goneLater.itemId + "' }.reason", equalTo("NOT_FOUND"))
                .body("disposed.itemId", contains(disposed.itemId.toString()))
                .body("copiesDestroyed", containsString("renditions"))
                .body("copiesOutsideReach", containsString("backups"))
                .body("recordTypesCovered", hasItems("POST", "COMMENT", "PAGE_SNAPSHOT"))
                .body("recordTypesNotCovered", containsString("moderation decisions"))
                .body("itemList.rows", equalTo(4))
                .body("itemList.href", equalTo(RUNS + "/" + runId + "/record/items.csv"));

        byte[] pdf = given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId + "/record/pdf")
                .then().statusCode(200)
                .extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.contains("Vad arkivet inte förstörde"), text);
        assertTrue(text.contains("NOT_FOUND") && text.contains("SKIPPED_HELD") && text.contains("ALREADY_DISPOSED"),
                text);
        assertTrue(text.contains(goneLater.itemId.toString()), "a small run lists its items in the PDF too");
    }

    /** The PDF's text with line breaks removed, so that a long hash reads as one word. */
    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void recordIsAlsoAValidPdfA() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "TIKTOK", null, null);
        FakeDownstream.item(channel, "COMMENT", OLD, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\"", "P1Y", "CREATED", false, ""));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute").then().statusCode(200);

        byte[] pdf = given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId + "/record/pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .extract().asByteArray();
        PdfA.Validation validation = PdfA.validate(pdf);
        assertTrue(validation.compliant(), validation.failures().toString());
    }

    @Test
    void recordRefusesRequestsWithoutTokenOrWithTheWrongRole() {
        given().when().get(RUNS + "/" + UUID.randomUUID() + "/record").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get(RUNS + "/" + UUID.randomUUID() + "/record").then().statusCode(403);
    }

    @Test
    void itemListRefusesRequestsWithoutTokenOrWithTheWrongRole() {
        given().when().get(RUNS + "/" + UUID.randomUUID() + "/record/items.csv").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get(RUNS + "/" + UUID.randomUUID() + "/record/items.csv").then().statusCode(403);
    }

    @Test
    void itemListOfARunNotYetExecutedIsAConflictAndOfAnUnknownRunNotFound() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "X", null, null);
        FakeDownstream.item(channel, "POST", OLD, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"POST\"", "P1Y", "CREATED", true, ""));

        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + runId + "/record/items.csv")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/run-not-executed"));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + UUID.randomUUID() + "/record/items.csv")
                .then().statusCode(404);
    }

    @Test
    void pdfRecordRefusesRequestsWithoutTokenOrWithTheWrongRole() {
        given().when().get(RUNS + "/" + UUID.randomUUID() + "/record/pdf").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get(RUNS + "/" + UUID.randomUUID() + "/record/pdf").then().statusCode(403);
    }

    @Test
    void recordOfARunNotYetExecutedIsAConflict() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "X", null, null);
        FakeDownstream.item(channel, "POST", OLD, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"POST\"", "P1Y", "CREATED", true, ""));

        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + runId + "/record")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/run-not-executed"));
    }

    @Test
    void recordOfUnknownRunIsNotFound() {
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + UUID.randomUUID() + "/record")
                .then().statusCode(404);
    }
}
