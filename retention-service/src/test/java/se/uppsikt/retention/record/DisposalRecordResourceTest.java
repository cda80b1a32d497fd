package se.uppsikt.retention.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.pdfa.PdfA;
import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.retention.FakeDownstream.Item;
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
        assertTrue(PdfA.validate(java.util.Base64.getDecoder().decode(pdf.get("contentBase64").asText())).compliant());
        JsonNode attachment = sent.get("attachments").get(1);
        assertEquals("application/json", attachment.get("mediaType").asText());
        String attached = new String(java.util.Base64.getDecoder().decode(attachment.get("contentBase64").asText()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(attached.contains(comment.itemId.toString()), attached);
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
