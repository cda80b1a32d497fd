package se.uppsikt.retention.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class DecisionDocumentAndBevarasTest {

    private static final String PATH = "/api/v1/retention-decisions";
    private static final byte[] PROTOKOLL = "Protokoll KS 2026-03-12 § 41: gallring av kommentarer"
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    RetentionDecisionRepository repository;

    private static String body(String document, String extra) {
        return """
                {"reference": "KS 2026/%s", "decidingBodyType": "ARKIVMYNDIGHET", "decidingBody": "Arkivnämnden",
                 "decisionDate": "2026-03-12", "validFrom": "2026-04-01",
                 "legalBasis": "Arkivlagen (1990:782) 10 §", "retentionPeriod": "P1Y", "retentionTrigger": "CAPTURED",
                 "exceptions": "Kommentarer som föranlett ett ärende bevaras med ärendet",
                 "document": %s,
                 "scope": {"authorityIds": ["%s"], "platforms": ["FACEBOOK_PAGE", "INSTAGRAM"],
                           "itemKinds": ["COMMENT"], "visibilities": ["PUBLIC", "RESTRICTED"]}%s}
                """.formatted(UUID.randomUUID(), document, UUID.randomUUID(), extra);
    }

    private static String document(String base64) {
        return """
                {"fileName": "KS-2026-41.pdf", "mediaType": "application/pdf", "contentBase64": "%s"}
                """.formatted(base64);
    }

    @Test
    void documentIsStoredWithItsHashAndDownloadedUnchanged() {
        String sha256 = Sha256.hex(PROTOKOLL);
        String id = given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(document(Base64.getEncoder().encodeToString(PROTOKOLL)),
                        ", \"preserve\": {\"itemKinds\": [\"PAGE_SNAPSHOT\"], \"classificationCodes\": [\"1.1\"]}"))
                .when().post(PATH)
                .then().statusCode(201)
                .body("document.sha256", equalTo(sha256))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("exceptions", equalTo("Kommentarer som föranlett ett ärende bevaras med ärendet"))
                .body("requiresApproval", equalTo(true))
                .body("document.fileName", equalTo("KS-2026-41.pdf"))
                .body("document.mediaType", equalTo("application/pdf"))
                .body("document.sha256", equalTo(sha256))
                .body("scope.platforms", contains("FACEBOOK_PAGE", "INSTAGRAM"))
                .body("scope.visibilities", contains("PUBLIC", "RESTRICTED"))
                .body("preserve.itemKinds", contains("PAGE_SNAPSHOT"))
                .body("preserve.classificationCodes", contains("1.1"));

        byte[] downloaded = given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get(PATH + "/" + id + "/document")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("ETag", "\"" + sha256 + "\"")
                .extract().asByteArray();
        assertArrayEquals(PROTOKOLL, downloaded);
    }

    @Test
    void documentThatIsNotBase64IsRejectedAndNothingIsWritten() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body(document("not base64 at all!"), ""))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("document.contentBase64"));
        assertEquals(before, count());
    }

    @Test
    void documentWithoutMediaTypeIsRejectedAndNothingIsWritten() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body("{\"fileName\": \"a.pdf\", \"contentBase64\": \"QUJD\"}", ""))
                .when().post(PATH)
                .then().statusCode(400)
                .body("field", equalTo("document.mediaType"));
        assertEquals(before, count());
    }

    @Test
    void platformSpelledInLowerCaseIsRejected() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body("null", "").replace("\"INSTAGRAM\"", "\"instagram\""))
                .when().post(PATH)
                .then().statusCode(400)
                .body("field", equalTo("scope.platforms[1]"));
        assertEquals(before, count());
    }

    @Test
    void requiresApprovalCanBeTurnedOffExplicitly() {
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body("null", ", \"requiresApproval\": false"))
                .when().post(PATH)
                .then().statusCode(201)
                .body("requiresApproval", equalTo(false))
                .body("document", equalTo(null));
    }

    @Test
    void decisionWithoutDocumentHasNoDocumentToDownload() {
        String id = given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body("null", ""))
                .when().post(PATH)
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(PATH + "/" + id + "/document")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void documentDownloadWithoutTokenIsUnauthorized() {
        given().when().get(PATH + "/" + UUID.randomUUID() + "/document").then().statusCode(401);
    }

    @Test
    void moderatorMayNotDownloadTheDocument() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get(PATH + "/" + UUID.randomUUID() + "/document")
                .then().statusCode(403);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
