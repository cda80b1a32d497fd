package se.uppsikt.registry.authority;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class AuthorityResourceTest {

    @Inject
    AuthorityRepository repository;

    private static String body(String name, String organisationNumber) {
        return """
                {"name": "%s", "organisationNumber": "%s", "kind": "COMMITTEE",
                 "registryEmail": "diarium@katrineholm.se", "archiveAuthority": "Kommunstyrelsen i Katrineholm"}
                """.formatted(name, organisationNumber);
    }

    @Test
    void registeredAuthorityIsPersistedAndReadBack() {
        String id = given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body(body("Kultur- och turismnämnden", "212000-0357"))
                .when().post("/api/v1/authorities")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("createdBy", equalTo("anna"))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/authorities/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Kultur- och turismnämnden"))
                .body("organisationNumber", equalTo("212000-0357"))
                .body("kind", equalTo("COMMITTEE"));

        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/authorities?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void listingWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/authorities").then().statusCode(401);
    }

    @Test
    void registeringWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(body("Bildningsnämnden", "212000-0357"))
                .when().post("/api/v1/authorities")
                .then().statusCode(401);
    }

    @Test
    void moderatorMayNotRegisterAuthority() {
        long before = countAuthorities();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(body("Bildningsnämnden", "212000-0357"))
                .when().post("/api/v1/authorities")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, countAuthorities());
    }

    @Test
    void tokenWithoutAnyStaffRoleMayNotList() {
        given().auth().oauth2(Tokens.forUser("guest", "citizen"))
                .when().get("/api/v1/authorities")
                .then().statusCode(403);
    }

    @Test
    void missingNameIsRejectedNamingTheFieldAndNothingIsWritten() {
        long before = countAuthorities();
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body(body("", "212000-0357"))
                .when().post("/api/v1/authorities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("field", equalTo("name"));
        assertEquals(before, countAuthorities());
    }

    @Test
    void organisationNumberWithWrongCheckDigitIsRejected() {
        long before = countAuthorities();
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body(body("Vård- och omsorgsnämnden", "212000-0358"))
                .when().post("/api/v1/authorities")
                .then().statusCode(400)
                .body("field", equalTo("organisationNumber"));
        assertEquals(before, countAuthorities());
    }

    @Test
    void unknownKindIsRejectedNamingTheField() {
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Socialnämnden", "organisationNumber": "212000-0357", "kind": "PARISH",
                         "registryEmail": "diarium@katrineholm.se", "archiveAuthority": "Kommunstyrelsen"}
                        """)
                .when().post("/api/v1/authorities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("kind"));
    }

    @Test
    void sameAuthorityTwiceIsAConflict() {
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body(body("Samhällsbyggnadsnämnden", "212000-0357"))
                .when().post("/api/v1/authorities").then().statusCode(201);
        long before = countAuthorities();
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body(body("Samhällsbyggnadsnämnden", "212000-0357"))
                .when().post("/api/v1/authorities")
                .then().statusCode(409)
                .body("type", equalTo("https://uppsikt.se/problems/authority-exists"));
        assertEquals(before, countAuthorities());
    }

    @Test
    void unknownAuthorityIsNotFoundAsProblem() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/authorities/1b4e28ba-2fa1-11d2-883f-0016d3cca427")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void requestIdIsEchoedAndCarriedIntoProblems() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .header("X-Request-Id", "test-req-42")
                .when().get("/api/v1/authorities/1b4e28ba-2fa1-11d2-883f-0016d3cca427")
                .then().statusCode(404)
                .header("X-Request-Id", "test-req-42")
                .body("requestId", equalTo("test-req-42"));
    }

    @Test
    void pageSizeAboveTheMaximumIsRejected() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/authorities?size=1000")
                .then().statusCode(400)
                .body("field", equalTo("size"));
    }

    @Test
    void changedAuthorityKeepsItsHistory() {
        String id = given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .contentType(ContentType.JSON).body(body("Tekniska nämnden", "212000-0357"))
                .when().post("/api/v1/authorities").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forUser("bertil", "channel-admin"))
                .contentType(ContentType.JSON)
                .body(body("Tekniska nämnden", "212000-0357").replace("diarium@katrineholm.se",
                        "tekniska@katrineholm.se"))
                .when().put("/api/v1/authorities/" + id)
                .then().statusCode(200).body("registryEmail", equalTo("tekniska@katrineholm.se"));
        given().auth().oauth2(Tokens.forUser("greta", "auditor"))
                .when().get("/api/v1/authorities/" + id + "/history")
                .then().statusCode(200)
                .body("find { it.action == 'UPDATED' }.field", equalTo("registryEmail"))
                .body("find { it.action == 'UPDATED' }.oldValue", equalTo("diarium@katrineholm.se"))
                .body("find { it.action == 'UPDATED' }.newValue", equalTo("tekniska@katrineholm.se"))
                .body("find { it.action == 'UPDATED' }.changedBy", equalTo("bertil"));
    }

    private long countAuthorities() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(repository::count);
    }
}
