package se.uppsikt.retention.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class RetentionDecisionResourceTest {

    private static final String PATH = "/api/v1/retention-decisions";
    private static final String AUTHORITY = "5f0c7a52-0d5e-4a8e-9a53-6c1f1d2b8e11";
    private static final String CHANNEL = "0b6e9a3c-7f7d-4b0e-8d8a-2a4f3e5c9d01";

    @Inject
    RetentionDecisionRepository repository;

    @Inject
    EntityManager entityManager;

    /** A kommunal decision that disposes of spam and courtesy comments two years after capture. */
    private static String body(String reference) {
        return body(reference, "P2Y", "CAPTURED", null, "2024-01-01", null);
    }

    private static String body(String reference, String period, String trigger, String criterion, String validFrom,
            String validTo) {
        return """
                {"reference": "%s", "decidingBodyType": "NAMND", "decidingBody": "Kommunstyrelsen i Katrineholm",
                 "decisionDate": "2023-11-20", "validFrom": "%s", "validTo": %s,
                 "legalBasis": "Arkivlagen (1990:782) 10 §; arkivreglemente för Katrineholms kommun",
                 "retentionPeriod": "%s", "retentionTrigger": "%s", "triggerCriterion": %s,
                 "scope": {"authorityIds": ["%s"], "itemKinds": ["COMMENT", "MEDIA"]}}
                """.formatted(reference, validFrom, json(validTo), period, trigger, json(criterion), AUTHORITY);
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String uniqueReference() {
        return "KS 2023/" + UUID.randomUUID();
    }

    @Test
    void registeredDecisionIsPersistedAndReadBack() {
        String reference = "RA-FS 2021:6 bilaga p. 3 " + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reference": "%s", "decidingBodyType": "RIKSARKIVET_RAFS", "decidingBody": "Riksarkivet",
                         "decisionDate": "2021-06-24", "validFrom": "2022-01-01", "validTo": "2030-12-31",
                         "legalBasis": "Arkivförordningen (1991:446) 12 § första stycket",
                         "retentionPeriod": "p6m", "retentionTrigger": "SUPERSEDED",
                         "triggerCriterion": "När inlägget inte längre behövs för dialogen, dock tidigast efter sex månader",
                         "conditions": "Gäller inte inlägg som föranlett ett ärende",
                         "documentUrl": "https://riksarkivet.se/rafs?item=164",
                         "scope": {"authorityIds": ["%s", "%s"], "channelIds": ["%s"], "platforms": ["FACEBOOK_PAGE"],
                                   "itemKinds": ["MEDIA", "COMMENT"], "directions": ["INBOUND"],
                                   "classificationCodes": [" 1.2.3 "]}}
                        """
                        .formatted(reference, AUTHORITY, AUTHORITY, CHANNEL))
                .when().post(PATH)
                .then().statusCode(201)
                .body("createdBy", equalTo("karin"))
                .body("retentionPeriod", equalTo("P6M"))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("reference", equalTo(reference))
                .body("decidingBodyType", equalTo("RIKSARKIVET_RAFS"))
                .body("decisionDate", equalTo("2021-06-24"))
                .body("validFrom", equalTo("2022-01-01"))
                .body("validTo", equalTo("2030-12-31"))
                .body("retentionTrigger", equalTo("SUPERSEDED"))
                .body("triggerCriterion", equalTo(
                        "När inlägget inte längre behövs för dialogen, dock tidigast efter sex månader"))
                .body("conditions", equalTo("Gäller inte inlägg som föranlett ett ärende"))
                .body("documentUrl", equalTo("https://riksarkivet.se/rafs?item=164"))
                .body("scope.authorityIds", contains(AUTHORITY))
                .body("scope.channelIds", contains(CHANNEL))
                .body("scope.platforms", contains("FACEBOOK_PAGE"))
                .body("scope.itemKinds", contains("COMMENT", "MEDIA"))
                .body("scope.directions", contains("INBOUND"))
                .body("scope.classificationCodes", contains("1.2.3"))
                .body("createdBy", equalTo("karin"));

        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get(PATH + "?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void registrationAnswersWithTheLocationOfTheNewDecision() {
        var response = given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .contentType(ContentType.JSON).body(body(uniqueReference()))
                .when().post(PATH)
                .then().statusCode(201)
                .body("validTo", nullValue())
                .body("scope.channelIds.size()", equalTo(0))
                .extract();
        String id = response.path("id");
        String location = response.header("Location");
        assertTrue(location.endsWith(PATH + "/" + id), location);

        given().auth().oauth2(Tokens.forService("disposal-job"))
                .when().get(location)
                .then().statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void listingWithoutTokenIsUnauthorized() {
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void readingWithoutTokenIsUnauthorized() {
        given().when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void registeringWithoutTokenIsUnauthorized() {
        long before = countDecisions();
        given().contentType(ContentType.JSON).body(body(uniqueReference()))
                .when().post(PATH)
                .then().statusCode(401);
        assertEquals(before, countDecisions());
    }

    @Test
    void moderatorMayNotRegisterDecision() {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(body(uniqueReference()))
                .when().post(PATH)
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, countDecisions());
    }

    @Test
    void moderatorMayNotListDecisions() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get(PATH)
                .then().statusCode(403);
    }

    @Test
    void channelAdministratorMayNotReadDecision() {
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get(PATH + "/" + UUID.randomUUID())
                .then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two years", "P0D", "P-6M", "PT24H", "P1Y-1M"})
    void retentionPeriodThatIsNotAPositivePeriodIsRejectedAndNothingIsWritten(String period) {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(uniqueReference(), period, "CAPTURED", null, "2024-01-01", null))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/invalid-request"))
                .body("field", equalTo("retentionPeriod"));
        assertEquals(before, countDecisions());
    }

    @Test
    void validToBeforeValidFromIsRejectedAndNothingIsWritten() {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(uniqueReference(), "P2Y", "CAPTURED", null, "2024-01-01", "2023-12-31"))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("validTo"));
        assertEquals(before, countDecisions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void vidInaktualitetWithoutCriterionIsRejected(String criterion) {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(uniqueReference(), "P2Y", "SUPERSEDED", criterion, "2024-01-01", null))
                .when().post(PATH)
                .then().statusCode(400)
                .body("field", equalTo("triggerCriterion"));
        assertEquals(before, countDecisions());
    }

    @Test
    void vidInaktualitetWithoutAnyCriterionFieldIsRejected() {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(uniqueReference(), "P2Y", "SUPERSEDED", null, "2024-01-01", null))
                .when().post(PATH)
                .then().statusCode(400)
                .body("field", equalTo("triggerCriterion"));
        assertEquals(before, countDecisions());
    }

    @Test
    void missingReferenceIsRejectedNamingTheField() {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body(" "))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("field", equalTo("reference"));
        assertEquals(before, countDecisions());
    }

    @Test
    void scopeWithoutItemKindsIsRejected() {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(uniqueReference()).replace("\"itemKinds\": [\"COMMENT\", \"MEDIA\"]",
                        "\"itemKinds\": []"))
                .when().post(PATH)
                .then().statusCode(400)
                .body("field", equalTo("scope.itemKinds"));
        assertEquals(before, countDecisions());
    }

    @Test
    void unknownItemKindIsRejectedNamingTheField() {
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(uniqueReference()).replace("\"MEDIA\"", "\"TWEETSTORM\""))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("scope.itemKinds[1]"));
        assertEquals(before, countDecisions());
    }

    @Test
    void decisionDatedInTheFutureIsRejected() {
        long before = countDecisions();
        String dayAfterTomorrow = LocalDate.now().plusDays(2).toString();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body(body(uniqueReference()).replace("2023-11-20", dayAfterTomorrow))
                .when().post(PATH)
                .then().statusCode(400)
                .body("field", equalTo("decisionDate"));
        assertEquals(before, countDecisions());
    }

    @Test
    void sameReferenceTwiceIsAConflict() {
        String reference = uniqueReference();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body(reference))
                .when().post(PATH).then().statusCode(201);
        long before = countDecisions();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body(" " + reference + " "))
                .when().post(PATH)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/retention-decision-exists"));
        assertEquals(before, countDecisions());
    }

    @Test
    void unknownDecisionIsNotFoundAsProblem() {
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(PATH + "/1b4e28ba-2fa1-11d2-883f-0016d3cca427")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", endsWith("does not exist"));
    }

    @Test
    void pageSizeAboveTheMaximumIsRejected() {
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(PATH + "?size=1000")
                .then().statusCode(400)
                .body("field", equalTo("size"));
    }

    @Test
    void databaseRefusesToDeleteADecisionOrNarrowItsScope() {
        String id = given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body(body(uniqueReference()))
                .when().post(PATH)
                .then().statusCode(201)
                .extract().path("id");
        UUID decisionId = UUID.fromString(id);

        assertRefused(() -> entityManager.createNativeQuery("delete from retention_decision where id = ?1")
                .setParameter(1, decisionId).executeUpdate());
        assertRefused(() -> entityManager
                .createNativeQuery("delete from retention_decision_item_kind where decision_id = ?1")
                .setParameter(1, decisionId).executeUpdate());

        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("scope.itemKinds", contains("COMMENT", "MEDIA"));
    }

    private static void assertRefused(Runnable statement) {
        Exception e = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(statement));
        boolean byTrigger = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            byTrigger |= String.valueOf(t.getMessage()).contains("gallringsbeslut are never deleted");
        }
        assertTrue(byTrigger, "expected the permanence trigger to refuse, got " + e);
    }

    private long countDecisions() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
