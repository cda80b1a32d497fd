package se.uppsikt.archive.visibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ingestComment;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class VisibilityResourceTest {

    @Inject
    EntityManager em;

    private static ValidatableResponse change(String itemId, String token, String body) {
        return given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/items/" + itemId + "/visibility")
                .then();
    }

    private static String secret() {
        return """
                {"visibility": "SECRET", "reason": "Uppgifter om enskilds hälsa", "secrecyProvision": "OSL 25 kap. 1 §"}""";
    }

    @Test
    void changesAreKeptAsHistoryAndSealedInTheChain() {
        String id = ingestComment(UUID.randomUUID(), "Personuppgifter i kommentaren");
        long entries = count(em, "select count(*) from chain_entry where kind = 'VISIBILITY_CHANGED'");

        change(id, Tokens.forUser("maja", "moderator"), """
                {"visibility": "RESTRICTED", "reason": "Innehåller personnummer"}""")
                .statusCode(200)
                .body("from", equalTo("PUBLIC"))
                .body("to", equalTo("RESTRICTED"))
                .body("changedBy", equalTo("maja"));
        change(id, Tokens.forUser("rut", "registrar"), secret())
                .statusCode(200)
                .body("secrecyProvision", equalTo("OSL 25 kap. 1 §"));

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + id)
                .then().statusCode(200)
                .body("visibility", equalTo("SECRET"))
                .body("secrecyProvision", equalTo("OSL 25 kap. 1 §"))
                .body("visibilityHistory.to", contains("RESTRICTED", "SECRET"))
                .body("visibilityHistory.reason", contains("Innehåller personnummer", "Uppgifter om enskilds hälsa"));
        assertEquals(entries + 2, count(em, "select count(*) from chain_entry where kind = 'VISIBILITY_CHANGED'"));
    }

    @Test
    void secretItemIsReadableOnlyByClearedRolesAndEveryReadIsAudited() {
        String id = ingestComment(UUID.randomUUID(), "Hemlig uppgift");
        change(id, Tokens.forUser("anna", "archivist"), secret()).statusCode(200);
        UUID itemId = UUID.fromString(id);

        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/items/" + id)
                .then().statusCode(403)
                .body("type", equalTo("https://uppsikt.se/problems/secret-item"));
        assertEquals(0, count(em, "select count(*) from secret_read where item_id = ?1", itemId));

        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/items/" + id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/items/" + id)
                .then().statusCode(200);

        assertEquals(1, count(em, "select count(*) from secret_read where item_id = ?1 and read_by = 'rut'", itemId));
        assertEquals(2, count(em, "select count(*) from secret_read where item_id = ?1", itemId));
    }

    @Test
    void secretWithoutProvisionIsRejectedNamingItAndNothingChanges() {
        String id = ingestComment(UUID.randomUUID(), "Kommentar");
        long changes = count(em, "select count(*) from visibility_change");

        change(id, Tokens.forUser("anna", "archivist"), """
                {"visibility": "SECRET", "reason": "Sekretess"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("secrecyProvision"));

        assertEquals(changes, count(em, "select count(*) from visibility_change"));
        assertEquals(1, count(em, "select count(*) from item where id = ?1 and visibility = 'PUBLIC'",
                UUID.fromString(id)));
    }

    @Test
    void missingReasonIsRejectedNamingIt() {
        String id = ingestComment(UUID.randomUUID(), "Kommentar");
        change(id, Tokens.forUser("anna", "archivist"), """
                {"visibility": "RESTRICTED"}""")
                .statusCode(400)
                .body("field", equalTo("reason"));
    }

    @Test
    void sameVisibilityAgainIsAConflict() {
        String id = ingestComment(UUID.randomUUID(), "Kommentar");
        change(id, Tokens.forUser("anna", "archivist"), """
                {"visibility": "PUBLIC", "reason": "Ingen ändring"}""")
                .statusCode(409)
                .body("type", equalTo("https://uppsikt.se/problems/visibility-unchanged"));
    }

    @Test
    void unknownItemIsNotFound() {
        change(UUID.randomUUID().toString(), Tokens.forUser("anna", "archivist"), """
                {"visibility": "RESTRICTED", "reason": "Personuppgifter"}""")
                .statusCode(404);
    }

    @Test
    void changeWithoutTokenIsUnauthorized() {
        String id = ingestComment(UUID.randomUUID(), "Kommentar");
        given().contentType(ContentType.JSON).body("""
                {"visibility": "RESTRICTED", "reason": "Personuppgifter"}""")
                .when().put("/api/v1/items/" + id + "/visibility")
                .then().statusCode(401);
    }

    @Test
    void changeByAuditorIsForbidden() {
        String id = ingestComment(UUID.randomUUID(), "Kommentar");
        change(id, Tokens.forUser("olle", "auditor"), """
                {"visibility": "RESTRICTED", "reason": "Personuppgifter"}""")
                .statusCode(403);
        assertEquals(1, count(em, "select count(*) from item where id = ?1 and visibility = 'PUBLIC'",
                UUID.fromString(id)));
    }
}
