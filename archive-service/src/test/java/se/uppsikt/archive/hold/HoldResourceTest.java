package se.uppsikt.archive.hold;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class HoldResourceTest {

    private static final String CHANNEL = "6f1c2a3e-8d4b-4c1a-9e2f-0a1b2c3d4e5f";
    private static final String ITEM = "0c8e7d6f-5a4b-4c3d-8e2f-1a2b3c4d5e6f";
    private static final String UNKNOWN = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

    @Inject
    HoldRepository repository;

    private static String body(String reason, String reference, String scope) {
        return """
                {"reason": "%s", "reference": "%s", "description": "Begäran om utlämnande av kommentarer",
                 "scope": %s}
                """.formatted(reason, reference, scope);
    }

    private static String validBody() {
        return body("DISCLOSURE_REQUEST", "KS 2026/0123", """
                {"channelIds": ["%s"], "itemIds": ["%s"]}""".formatted(CHANNEL, ITEM));
    }

    private static String place(String user, String role) {
        return given().auth().oauth2(Tokens.forUser(user, role))
                .contentType(ContentType.JSON).body(validBody())
                .when().post("/api/v1/holds")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void placedHoldIsPersistedAndReadBack() {
        String id = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "POLICE_REPORT", "reference": "KS 2026/0456",
                         "scope": {"channelIds": ["%s"]},
                         "periodFrom": "2026-01-01T00:00:00Z", "periodTo": "2026-01-31T23:00:00Z"}
                        """.formatted(CHANNEL))
                .when().post("/api/v1/holds")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("placedBy", equalTo("anna"))
                .body("active", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/holds/" + id)
                .then().statusCode(200)
                .body("reason", equalTo("POLICE_REPORT"))
                .body("reference", equalTo("KS 2026/0456"))
                .body("scope.channelIds", contains(CHANNEL))
                .body("scope.itemIds.size()", equalTo(0))
                .body("periodFrom", equalTo("2026-01-01T00:00:00Z"))
                .body("periodTo", equalTo("2026-01-31T23:00:00Z"))
                .body("placedBy", equalTo("anna"))
                .body("placedAt", notNullValue())
                .body("releasedAt", nullValue());

        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/holds?active=true&size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void locationPointsAtTheNewHold() {
        String location = given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .contentType(ContentType.JSON).body(validBody())
                .when().post("/api/v1/holds")
                .then().statusCode(201)
                .extract().header("Location");

        given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .when().get(location)
                .then().statusCode(200)
                .body("scope.itemIds", contains(ITEM));
    }

    @Test
    void releasedHoldShowsReleasedFieldsWhenReadBack() {
        String id = place("rut", "registrar");

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "Handlingarna lämnades ut 2026-03-02; överklagandetiden har gått ut"}""")
                .when().post("/api/v1/holds/" + id + "/release")
                .then().statusCode(200)
                .body("active", equalTo(false));

        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/holds/" + id)
                .then().statusCode(200)
                .body("active", equalTo(false))
                .body("placedBy", equalTo("rut"))
                .body("releasedBy", equalTo("anna"))
                .body("releasedAt", notNullValue())
                .body("releaseReason", equalTo("Handlingarna lämnades ut 2026-03-02; överklagandetiden har gått ut"))
                .body("scope.channelIds", contains(CHANNEL));

        given().auth().oauth2(Tokens.forService("retention-service"))
                .when().get("/api/v1/holds?active=false&size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.forService("retention-service"))
                .when().get("/api/v1/holds?active=true&size=100")
                .then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void releasingTwiceIsAConflictAndChangesNothing() {
        String id = place("rut", "registrar");
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .contentType(ContentType.JSON).body("""
                        {"reason": "Ärendet avslutat"}""")
                .when().post("/api/v1/holds/" + id + "/release")
                .then().statusCode(200);
        Hold before = load(id);

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"reason": "Släpps igen"}""")
                .when().post("/api/v1/holds/" + id + "/release")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/hold-already-released"));

        Hold after = load(id);
        assertEquals(before.releasedAt, after.releasedAt);
        assertEquals("rut", after.releasedBy);
        assertEquals("Ärendet avslutat", after.releaseReason);
        assertEquals(before.version, after.version);
    }

    @Test
    void holdCannotBeDeletedEvenDirectlyInTheDatabase() {
        String id = place("anna", "archivist");
        long before = countHolds();

        assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> repository.deleteById(UUID.fromString(id))));

        assertEquals(before, countHolds());
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/holds/" + id)
                .then().statusCode(200)
                .body("scope.itemIds", contains(ITEM));
    }

    @Test
    void releasedHoldCannotBeChangedEvenDirectlyInTheDatabase() {
        String id = place("anna", "archivist");
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"reason": "Ärendet avslutat"}""")
                .when().post("/api/v1/holds/" + id + "/release")
                .then().statusCode(200);

        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> repository.getEntityManager()
                        .createNativeQuery("update hold set released_at = null, released_by = null,"
                                + " release_reason = null where id = :id")
                        .setParameter("id", UUID.fromString(id)).executeUpdate()));

        assertEquals("Ärendet avslutat", load(id).releaseReason);
    }

    @Test
    void placingWithoutTokenIsUnauthorized() {
        long before = countHolds();
        given().contentType(ContentType.JSON).body(validBody())
                .when().post("/api/v1/holds")
                .then().statusCode(401);
        assertEquals(before, countHolds());
    }

    @Test
    void listingWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/holds").then().statusCode(401);
    }

    @Test
    void readingWithoutTokenIsUnauthorized() {
        String id = place("anna", "archivist");
        given().when().get("/api/v1/holds/" + id).then().statusCode(401);
    }

    @Test
    void releasingWithoutTokenIsUnauthorized() {
        String id = place("anna", "archivist");
        given().contentType(ContentType.JSON).body("""
                {"reason": "Ärendet avslutat"}""")
                .when().post("/api/v1/holds/" + id + "/release")
                .then().statusCode(401);
        assertNull(load(id).releasedAt);
    }

    @Test
    void moderatorMayNotPlaceHold() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(validBody())
                .when().post("/api/v1/holds")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, countHolds());
    }

    @Test
    void moderatorMayNotListHolds() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/holds")
                .then().statusCode(403);
    }

    @Test
    void moderatorMayNotReadHold() {
        String id = place("anna", "archivist");
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/holds/" + id)
                .then().statusCode(403);
    }

    @Test
    void auditorMayNotReleaseHold() {
        String id = place("anna", "archivist");
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .contentType(ContentType.JSON).body("""
                        {"reason": "Ärendet avslutat"}""")
                .when().post("/api/v1/holds/" + id + "/release")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertNull(load(id).releasedAt);
    }

    @Test
    void missingReasonIsRejectedNamingTheFieldAndNothingIsWritten() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reference": "KS 2026/0123", "scope": {"itemIds": ["%s"]}}""".formatted(ITEM))
                .when().post("/api/v1/holds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("field", equalTo("reason"));
        assertEquals(before, countHolds());
    }

    @Test
    void unknownReasonIsRejectedNamingTheField() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body(body("BECAUSE", "KS 2026/0123", """
                        {"itemIds": ["%s"]}""".formatted(ITEM)))
                .when().post("/api/v1/holds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reason"));
        assertEquals(before, countHolds());
    }

    @Test
    void referenceLongerThan64CharactersIsRejectedNamingTheField() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body(body("OPEN_CASE", "K".repeat(65), """
                        {"itemIds": ["%s"]}""".formatted(ITEM)))
                .when().post("/api/v1/holds")
                .then().statusCode(400)
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("field", equalTo("reference"));
        assertEquals(before, countHolds());
    }

    @Test
    void blankReferenceIsRejectedNamingTheField() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body(body("OPEN_CASE", "  ", """
                        {"itemIds": ["%s"]}""".formatted(ITEM)))
                .when().post("/api/v1/holds")
                .then().statusCode(400)
                .body("field", equalTo("reference"));
        assertEquals(before, countHolds());
    }

    @Test
    void scopeWithoutChannelsOrItemsIsRejectedAndNothingIsWritten() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body(body("LITIGATION", "KS 2026/0789", """
                        {"channelIds": [], "itemIds": []}"""))
                .when().post("/api/v1/holds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("field", equalTo("scope"));
        assertEquals(before, countHolds());
    }

    @Test
    void missingScopeIsRejectedNamingTheField() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "MANUAL", "reference": "KS 2026/0789"}""")
                .when().post("/api/v1/holds")
                .then().statusCode(400)
                .body("field", equalTo("scope"));
        assertEquals(before, countHolds());
    }

    @Test
    void periodEndingBeforeItStartsIsRejectedAndNothingIsWritten() {
        long before = countHolds();
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "APPEAL", "reference": "KS 2026/0123", "scope": {"channelIds": ["%s"]},
                         "periodFrom": "2026-02-01T00:00:00Z", "periodTo": "2026-01-31T00:00:00Z"}
                        """.formatted(CHANNEL))
                .when().post("/api/v1/holds")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("field", equalTo("periodTo"));
        assertEquals(before, countHolds());
    }

    @Test
    void releaseWithoutReasonIsRejectedAndTheHoldStaysActive() {
        String id = place("anna", "archivist");
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"reason": " "}""")
                .when().post("/api/v1/holds/" + id + "/release")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reason"));
        Hold hold = load(id);
        assertNull(hold.releasedAt);
        assertNull(hold.releasedBy);
        assertEquals(0, hold.version);
    }

    @Test
    void unknownHoldIsNotFoundAsProblem() {
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/holds/" + UNKNOWN)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void releasingUnknownHoldIsNotFound() {
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"reason": "Ärendet avslutat"}""")
                .when().post("/api/v1/holds/" + UNKNOWN + "/release")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void pageSizeAboveTheMaximumIsRejected() {
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/holds?size=1000")
                .then().statusCode(400)
                .body("field", equalTo("size"));
    }

    @Test
    void activeFilterOtherThanTrueOrFalseIsRejected() {
        given().auth().oauth2(Tokens.forUser("olle", "auditor"))
                .when().get("/api/v1/holds?active=yes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("active"));
    }

    @Test
    void listIsPagedWithTheTotalCount() {
        place("anna", "archivist");
        place("anna", "archivist");
        long total = countHolds();
        given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .when().get("/api/v1/holds?page=0&size=1")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1))
                .body("total", equalTo((int) total));
    }

    private Hold load(String id) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findById(UUID.fromString(id)));
    }

    private long countHolds() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
