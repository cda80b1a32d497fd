package se.uppsikt.moderation.decision;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.uppsikt.moderation.ArchiveTakedownFake;
import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.registration.Direction;
import se.uppsikt.moderation.registration.Registration;
import se.uppsikt.moderation.registration.RegistrationDispatcher;
import se.uppsikt.moderation.registration.RegistrationRepository;
import se.uppsikt.moderation.review.ReviewFixtures;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.pdfa.PdfA;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class DecisionResourceTest {

    static final String MOTIVATION = "Kommentaren uttrycker missaktning för en folkgrupp på grund av ursprung.";

    @Inject
    ReviewItemRepository items;

    @Inject
    DecisionRepository decisions;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationDispatcher dispatcher;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private ReviewItem item;

    @BeforeEach
    void anItemWaitsForReview() {
        DownstreamFakes.resetToDefaults();
        item = ReviewFixtures.unreviewed(items, UUID.randomUUID(), Instant.now().minusSeconds(3600));
    }

    @AfterEach
    void archiveRecovers() {
        DownstreamFakes.resetToDefaults();
        circuitBreakers.resetAll();
    }

    static String body(UUID reviewItemId, String outcome, String extraFields) {
        return """
                {"reviewItemId": "%s", "outcome": "%s"%s}
                """.formatted(reviewItemId, outcome, extraFields.isBlank() ? "" : ", " + extraFields);
    }

    static String removal(UUID reviewItemId, String outcome, String reasonCode, String motivation) {
        return body(reviewItemId, outcome, """
                "reasonCode": "%s", "motivation": "%s"
                """.formatted(reasonCode, motivation));
    }

    private io.restassured.response.ValidatableResponse decide(String body) {
        return given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/decisions")
                .then();
    }

    private long decisionCount() {
        return QuarkusTransaction.requiringNew().call(decisions::count);
    }

    private long registrationCount() {
        return QuarkusTransaction.requiringNew().call(registrations::count);
    }

    @Test
    void removalSealsEvidenceCopiesTheLegalReferenceAndIsRegistered() {
        String id = decide(removal(item.id, "REMOVE", "BBS_HETS_MOT_FOLKGRUPP", MOTIVATION))
                .statusCode(201)
                .body("execution", equalTo("EXECUTED"))
                .body("reasonCode", equalTo("BBS_HETS_MOT_FOLKGRUPP"))
                .body("legalReference", equalTo("BBS-lagen 5 § 1 d; BrB 16 kap. 8 §"))
                .body("catalogueVersion", equalTo(1))
                .body("decidedBy", equalTo("maja"))
                .body("evidenceSha256", contains(ArchiveTakedownFake.EVIDENCE_SHA256))
                .body("registrationStatus", equalTo("PENDING"))
                .extract().path("id");

        DownstreamFakes.server.verify(postRequestedFor(urlEqualTo(ArchiveTakedownFake.PATH)).withRequestBody(
                equalToJson("""
                        {"decisionId": "%s", "itemId": "%s", "action": "REMOVE",
                         "reasonCode": "BBS_HETS_MOT_FOLKGRUPP", "requestedBy": "maja"}
                        """.formatted(id, item.itemId))));

        dispatcher.dispatchDue(Instant.now());
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/decisions/" + id)
                .then().statusCode(200)
                .body("registrationStatus", equalTo("REGISTERED"))
                .body("registrationNumber", startsWith("KS 2026/"));
        ReviewItem reviewed = QuarkusTransaction.requiringNew().call(() -> items.findById(item.id));
        assertEquals("maja", reviewed.firstReviewedBy);
        Registration registration = QuarkusTransaction.requiringNew()
                .call(() -> registrations.findBySourceReference("moderation:decision:" + id).orElseThrow());
        assertEquals(Direction.UPPRATTAD, registration.direction);
        assertEquals("KS 2026/0001", registration.caseNumber);
        assertTrue(registration.description.contains("BBS-lagen 5 § 1 d"));
    }

    @Test
    void registeredRemovalCarriesTheDecisionAsValidPdfA() {
        String id = decide(removal(item.id, "REMOVE", "BBS_OLAGA_HOT", MOTIVATION)).statusCode(201)
                .extract().path("id");

        byte[] pdf = QuarkusTransaction.requiringNew().call(() -> {
            Registration registration = registrations.findBySourceReference("moderation:decision:" + id)
                    .orElseThrow();
            assertEquals(1, registration.attachments.size());
            assertEquals("application/pdf", registration.attachments.get(0).mediaType);
            return registration.attachments.get(0).content;
        });
        PdfA.Validation validation = PdfA.validate(pdf);
        assertTrue(validation.compliant(), "veraPDF: " + validation.failures());
    }

    @Test
    void removalWithoutReasonIsRejectedAndNothingHappens() {
        long before = decisionCount();
        decide(body(item.id, "REMOVE", "\"motivation\": \"" + MOTIVATION + "\""))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("reasonCode"));
        assertEquals(before, decisionCount());
        DownstreamFakes.server.verify(0, postRequestedFor(urlEqualTo(ArchiveTakedownFake.PATH)));
    }

    @Test
    void hideWithShortMotivationIsRejected() {
        long before = decisionCount();
        decide(removal(item.id, "HIDE", "PERSONANGREPP", "För elakt."))
                .statusCode(400)
                .body("field", equalTo("motivation"));
        assertEquals(before, decisionCount());
    }

    @Test
    void reasonOutsideTheCatalogueInForceIsRejected() {
        long before = decisionCount();
        decide(removal(item.id, "BLOCK_USER", "BBS_OKAND_GRUND", MOTIVATION))
                .statusCode(400)
                .body("field", equalTo("reasonCode"));
        assertEquals(before, decisionCount());
    }

    @Test
    void unknownOutcomeIsRejectedNamingTheField() {
        decide(body(item.id, "DELETE_FOREVER", "")).statusCode(400).body("field", equalTo("outcome"));
    }

    @Test
    void evidenceFailureRecordsTheDecisionAsNotExecutedAndTellsWhy() {
        ArchiveTakedownFake.evidenceFailsFor(item.itemId);
        long decisionsBefore = decisionCount();
        long registrationsBefore = registrationCount();

        decide(removal(item.id, "REMOVE", "BBS_OLAGA_HOT", MOTIVATION))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/evidence-failed"))
                .body("detail", org.hamcrest.Matchers.containsString("the platform returned 404"));

        assertEquals(decisionsBefore + 1, decisionCount());
        assertEquals(registrationsBefore, registrationCount(), "nothing removed, so nothing to register");
        ModerationDecision recorded = QuarkusTransaction.requiringNew()
                .call(() -> decisions.listByReviewItem(item.id).get(0));
        assertEquals(Execution.NOT_EXECUTED, recorded.execution);
    }

    @Test
    void archiveDownMeansNothingIsRecorded() {
        ArchiveTakedownFake.unavailableFor(item.itemId);
        long before = decisionCount();
        decide(removal(item.id, "HIDE", "SPAM_REKLAM", "Reklam för ett företag, inget om kommunens verksamhet."))
                .statusCode(503)
                .body("type", equalTo("https://uppsikt.se/problems/archive-unavailable"));
        assertEquals(before, decisionCount());
    }

    @Test
    void policyRemovalIsRegisteredWhileRegisterAllRemovalsIsOn() {
        decide(removal(item.id, "HIDE", "PERSONANGREPP", "Angriper en namngiven tjänsteperson personligen."))
                .statusCode(201)
                .body("reasonGroup", equalTo("POLICY"))
                .body("registrationId", notNullValue());
    }

    @Test
    void childAbuseMaterialLeavesAPoliceReportPending() {
        decide(removal(item.id, "REMOVE", "BBS_BARNPORNOGRAFIBROTT", "Bild som uppenbart visar övergrepp på barn."))
                .statusCode(201)
                .body("policeReportPending", equalTo(true));
    }

    @Test
    void policeReportNeedsAStatutoryGround() {
        long before = decisionCount();
        decide(removal(item.id, "REPORT_POLICE", "SPAM_REKLAM", MOTIVATION))
                .statusCode(400)
                .body("field", equalTo("reasonCode"));
        assertEquals(before, decisionCount());
    }

    @Test
    void answerNeedsItsTextOrPlatformId() {
        long before = decisionCount();
        decide(body(item.id, "ANSWER", "")).statusCode(400).body("field", equalTo("answerText"));
        assertEquals(before, decisionCount());

        decide(body(item.id, "ANSWER", "\"answerText\": \"Tack, vi har skickat din fråga vidare.\""))
                .statusCode(201)
                .body("execution", equalTo("NOT_APPLICABLE"))
                .body("registrationId", nullValue());
    }

    @Test
    void liftToCaseOpensACaseWithTheMessageAsIncomingDocument() {
        long before = decisionCount();
        decide(body(item.id, "LIFT_TO_CASE", "")).statusCode(400).body("field", equalTo("caseTitle"));
        assertEquals(before, decisionCount());

        String registrationId = decide(body(item.id, "LIFT_TO_CASE", "\"caseTitle\": \"Klagomål på snöröjning\""))
                .statusCode(201)
                .body("registrationStatus", equalTo("PENDING"))
                .extract().path("registrationId");
        Registration registration = QuarkusTransaction.requiringNew()
                .call(() -> registrations.findById(UUID.fromString(registrationId)));
        assertEquals(Direction.INKOMMANDE, registration.direction);
        assertEquals("Klagomål på snöröjning", registration.newCaseTitle);
        assertEquals("@skribent", registration.counterparty);
    }

    @Test
    void secretMarksTheItemAndRegistersWithTheProvision() {
        long before = decisionCount();
        decide(body(item.id, "SECRET", "\"motivation\": \"" + MOTIVATION + "\"")).statusCode(400)
                .body("field", equalTo("secrecyProvision"));
        assertEquals(before, decisionCount());

        String registrationId = decide(body(item.id, "SECRET",
                """
                        "secrecyProvision": "OSL 26 kap. 1 §", "motivation": "Uppgifter om en enskilds ärende hos socialtjänsten."
                        """))
                .statusCode(201)
                .body("reasonCode", equalTo("SEKRETESS"))
                .body("legalReference", equalTo("OSL 26 kap. 1 §"))
                .extract().path("registrationId");

        assertTrue(QuarkusTransaction.requiringNew().call(() -> items.findById(item.id).secret));
        Registration registration = QuarkusTransaction.requiringNew()
                .call(() -> registrations.findById(UUID.fromString(registrationId)));
        assertEquals("OSL 26 kap. 1 §", registration.secrecyProvision);
        assertTrue(registration.protectedDescription.contains("socialtjänsten"));
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/review/items/" + item.id)
                .then().statusCode(200)
                .body("secret", equalTo(true))
                .body("text", nullValue());
    }

    @Test
    void correctionIsANewDecisionAndTheOriginalStays() {
        String original = decide(removal(item.id, "HIDE", "SPAM_REKLAM", "Reklam för ett företag i en kommentar."))
                .statusCode(201).extract().path("id");
        decide(body(item.id, "NO_ACTION", "\"correctsDecisionId\": \"" + original + "\""))
                .statusCode(201)
                .body("correctsDecisionId", equalTo(original));

        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/decisions?reviewItemId=" + item.id)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].id", equalTo(original))
                .body("[0].outcome", equalTo("HIDE"))
                .body("[1].outcome", equalTo("NO_ACTION"));
    }

    @Test
    void correctionOfAnUnknownDecisionIsRejected() {
        decide(body(item.id, "NO_ACTION", "\"correctsDecisionId\": \"" + UUID.randomUUID() + "\""))
                .statusCode(400)
                .body("field", equalTo("correctsDecisionId"));
    }

    @Test
    void databaseRefusesToChangeOrDeleteADecision() {
        String id = decide(body(item.id, "NO_ACTION", "")).statusCode(201).extract().path("id");
        UUID decisionId = UUID.fromString(id);

        assertRejected(() -> decisions.getEntityManager()
                .createNativeQuery("update moderation_decision set decided_by = 'someone else' where id = :id")
                .setParameter("id", decisionId).executeUpdate());
        assertRejected(() -> decisions.getEntityManager()
                .createNativeQuery("delete from moderation_decision where id = :id")
                .setParameter("id", decisionId).executeUpdate());
        assertEquals("maja", QuarkusTransaction.requiringNew().call(() -> decisions.findById(decisionId).decidedBy));
    }

    private static void assertRejected(java.util.function.Supplier<Integer> change) {
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().call(change::get));
    }

    @Test
    void decisionOnUnknownItemIsNotFound() {
        decide(body(UUID.randomUUID(), "NO_ACTION", "")).statusCode(404);
    }

    @Test
    void unknownDecisionIsNotFound() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/decisions/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void decidingWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(body(item.id, "NO_ACTION", ""))
                .when().post("/api/v1/decisions").then().statusCode(401);
    }

    @Test
    void auditorMayNotDecide() {
        long before = decisionCount();
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .contentType(ContentType.JSON).body(body(item.id, "NO_ACTION", ""))
                .when().post("/api/v1/decisions").then().statusCode(403);
        assertEquals(before, decisionCount());
    }

    @Test
    void readingWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/decisions/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void channelAdminMayNotReadDecisions() {
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get("/api/v1/decisions/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void listingWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/decisions?reviewItemId=" + item.id).then().statusCode(401);
    }

    @Test
    void registrarMayNotListAnItemsDecisions() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/decisions?reviewItemId=" + item.id).then().statusCode(403);
    }
}
