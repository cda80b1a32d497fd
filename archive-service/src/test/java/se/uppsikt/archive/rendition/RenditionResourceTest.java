package se.uppsikt.archive.rendition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import se.uppsikt.archive.rendition.api.RenditionView;
import se.uppsikt.pdfa.PdfA;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class RenditionResourceTest {

    @Inject
    EntityManager em;

    @Inject
    RenditionService service;

    private static ExtractableResponse<Response> thread(UUID channel) {
        return ingest(batch(List.of(
                item(channel, "p-1", null, "POST", "OUTBOUND", "Välkommen till Ängelholms öppna förskola"),
                item(channel, "c-1", "p-1", "COMMENT", "INBOUND", "Åsa Öberg undrar: när öppnar ni?"),
                item(channel, "c-2", "p-1", "COMMENT", "INBOUND", "Syskonkommentar"),
                item(channel, "r-1", "c-1", "REPLY", "OUTBOUND", "Vi öppnar klockan nio"),
                item(channel, "x-1", null, "POST", "OUTBOUND", "Ett annat inlägg")))).extract();
    }

    private static ExtractableResponse<Response> render(String itemId, String scope) {
        return given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"itemId": "%s", "scope": "%s"}""".formatted(itemId, scope))
                .when().post("/api/v1/renditions")
                .then().statusCode(201)
                .extract();
    }

    @Test
    void threadRenditionIsValidPdfAWithSwedishCharactersAndStockholmTimes() throws Exception {
        var items = thread(UUID.randomUUID());
        String post = items.path("results[0].itemId");
        String id = render(items.path("results[1].itemId"), "THREAD").path("id");

        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/renditions/" + id)
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("profile", equalTo("PDF/A-2B"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .body("items.itemId", containsInAnyOrder(post, items.path("results[1].itemId"),
                        items.path("results[2].itemId"), items.path("results[3].itemId")));
        byte[] pdf = given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/renditions/" + id + "/pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .extract().asByteArray();

        PdfA.Validation validation = PdfA.validate(pdf);
        assertTrue(validation.compliant(), () -> "veraPDF: " + validation.failures());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Ängelholms öppna förskola"), text);
            assertTrue(text.contains("Åsa Öberg undrar"), text);
            // 10:15:30 UTC on 1 March is 11:15:30 in Stockholm, winter time
            assertTrue(text.contains("2026-03-01 11:15:30 +01:00"), text);
            assertTrue(text.contains("uppsikt-capture 0.1.0"), text);
            assertFalse(text.contains("Ett annat inlägg"), text);
        }
    }

    @Test
    void itemWithContextShowsItsParentsSiblingsAndReplies() {
        var items = thread(UUID.randomUUID());
        String comment = items.path("results[1].itemId");

        render(comment, "ITEM_WITH_CONTEXT")
                .response().then()
                .body("items.itemId", containsInAnyOrder(items.path("results[0].itemId"), comment,
                        items.path("results[2].itemId"), items.path("results[3].itemId")))
                .body("valid", equalTo(true));
    }

    @Test
    void fileThatFailsValidationIsRecordedButNotKeptAsValid() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(plain);
        }
        long blobs = count(em, "select count(*) from blob");

        RenditionView view = QuarkusTransaction.requiringNew().call(() -> service.store(UUID.randomUUID(),
                RenditionScope.THREAD, List.of(), plain.toByteArray(), Instant.now(), "test"));

        assertFalse(view.valid());
        assertFalse(view.failures().isEmpty());
        assertNull(view.sha256());
        assertEquals(blobs, count(em, "select count(*) from blob"));
        assertEquals(1, count(em, "select count(*) from rendition where id = ?1 and not valid and sha256 is null",
                view.id()));
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/renditions/" + view.id() + "/pdf")
                .then().statusCode(409);
    }

    @Test
    void secretItemInTheThreadKeepsUnclearedRolesOut() {
        var items = thread(UUID.randomUUID());
        String comment = items.path("results[1].itemId");
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"visibility": "SECRET", "reason": "Sekretess", "secrecyProvision": "OSL 26 kap. 1 §"}""")
                .when().put("/api/v1/items/" + comment + "/visibility")
                .then().statusCode(200);

        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body("""
                        {"itemId": "%s", "scope": "THREAD"}""".formatted(comment))
                .when().post("/api/v1/renditions")
                .then().statusCode(403);
        render(comment, "THREAD");
        assertEquals(1, count(em, "select count(*) from secret_read where item_id = ?1", UUID.fromString(comment)));
    }

    @Test
    void disposingAnItemRemovesTheRenditionsThatShowIt() {
        var items = thread(UUID.randomUUID());
        String other = items.path("results[4].itemId");
        String id = render(other, "THREAD").path("id");

        given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body("""
                        {"runId": "%s", "decisionReference": "KS 2026/12", "itemIds": ["%s"]}"""
                        .formatted(UUID.randomUUID(), other))
                .when().post("/api/v1/disposals")
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("DISPOSED"));

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/renditions/" + id)
                .then().statusCode(404);
    }

    @Test
    void missingScopeIsRejectedNamingItAndNothingIsStored() {
        long before = count(em, "select count(*) from rendition");
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"itemId": "%s"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/renditions")
                .then().statusCode(400)
                .body("field", equalTo("scope"));
        assertEquals(before, count(em, "select count(*) from rendition"));
    }

    @Test
    void unknownItemIsNotFound() {
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"itemId": "%s", "scope": "THREAD"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/renditions")
                .then().statusCode(404);
    }

    @Test
    void renderingWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("""
                {"itemId": "%s", "scope": "THREAD"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/renditions")
                .then().statusCode(401);
    }

    @Test
    void renderingByServiceIsForbidden() {
        given().auth().oauth2(Tokens.forService("capture"))
                .contentType(ContentType.JSON).body("""
                        {"itemId": "%s", "scope": "THREAD"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/renditions")
                .then().statusCode(403);
    }

    @Test
    void readingWithoutTokenIsUnauthorizedAndByChannelAdminForbidden() {
        given().when().get("/api/v1/renditions/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("kim", "channel-admin"))
                .when().get("/api/v1/renditions/" + UUID.randomUUID()).then().statusCode(403);
        given().when().get("/api/v1/renditions/" + UUID.randomUUID() + "/pdf").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("kim", "channel-admin"))
                .when().get("/api/v1/renditions/" + UUID.randomUUID() + "/pdf").then().statusCode(403);
    }
}
