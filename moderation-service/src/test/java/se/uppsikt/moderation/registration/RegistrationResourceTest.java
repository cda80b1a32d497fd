package se.uppsikt.moderation.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.moderation.registration.RegistrationFixtures.disposalRecord;
import static se.uppsikt.moderation.registration.RegistrationFixtures.secretIncoming;
import static se.uppsikt.moderation.registration.RegistrationFixtures.uniqueReference;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class RegistrationResourceTest {

    @Inject
    RegistrationRepository repository;

    @Inject
    RegistrationDispatcher dispatcher;

    @BeforeEach
    void caseSystemRegistersEverything() {
        DownstreamFakes.resetToDefaults();
    }

    private static String submit(String body) {
        return given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registrations")
                .then().statusCode(202)
                .extract().path("registrationId");
    }

    @Test
    void acceptedRegistrationIsDeliveredAndItsNumberReadBack() {
        String reference = uniqueReference();
        given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body(disposalRecord(reference))
                .when().post("/api/v1/registrations")
                .then().statusCode(202)
                .body("status", Matchers.equalTo("PENDING"))
                .body("registrationNumber", nullValue())
                .body("registrationId", notNullValue());

        dispatcher.dispatchDue(Instant.now());

        String id = QuarkusTransaction.requiringNew()
                .call(() -> repository.findBySourceReference(reference).orElseThrow().id.toString());
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/registrations/" + id)
                .then().statusCode(200)
                .body("status", Matchers.equalTo("REGISTERED"))
                .body("registrationNumber", Matchers.equalTo(DownstreamFakes.caseSystem.numberFor(reference)));

        LoggedRequest sent = DownstreamFakes.server
                .findAll(postRequestedFor(urlEqualTo(DownstreamFakes.CASE_SYSTEM_PATH))
                        .withHeader("Idempotency-Key", equalTo(reference)))
                .get(0);
        assertTrue(sent.getHeader("X-Uppsikt-Signature").matches("sha256=[0-9a-f]{64}"));
        assertTrue(sent.getBodyAsString().contains("\"caseNumber\":\"KS 2026/0123\""));
    }

    @Test
    void sameSourceReferenceAgainReturnsTheFirstRegistration() {
        String reference = uniqueReference();
        String first = submit(disposalRecord(reference));
        long before = count();

        String second = submit(disposalRecord(reference));

        assertEquals(first, second);
        assertEquals(before, count());
    }

    @Test
    void secretPartsAreKeptOutOfThePublicRegisterFields() {
        String reference = uniqueReference();
        String id = submit(secretIncoming(reference));

        Registration stored = QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(UUID.fromString(id)));
        assertEquals("OSL 26 kap. 1 §", stored.secrecyProvision);
        assertEquals("Berättar om sitt ärende hos socialtjänsten", stored.protectedDescription);
        assertEquals("@anna_s", stored.protectedCounterparty);
        assertEquals("Meddelande om socialtjänstärende", stored.protectedTitle);
        assertFalse(stored.description.contains("socialtjänsten"));
        assertEquals("Sekretess", stored.counterparty);

        dispatcher.dispatchDue(Instant.now());
        String sent = DownstreamFakes.server
                .findAll(postRequestedFor(urlEqualTo(DownstreamFakes.CASE_SYSTEM_PATH))
                        .withHeader("Idempotency-Key", equalTo(reference)))
                .get(0).getBodyAsString();
        assertTrue(sent.contains("\"protectedDescription\":\"Berättar om sitt ärende hos socialtjänsten\""));
    }

    @Test
    void failedDeliveryIsRetriedOnlyAfterItsBackoff() {
        String reference = uniqueReference();
        DownstreamFakes.server.stubFor(post(urlEqualTo(DownstreamFakes.CASE_SYSTEM_PATH)).atPriority(1)
                .withHeader("Idempotency-Key", equalTo(reference)).willReturn(aResponse().withStatus(503)));
        String id = submit(disposalRecord(reference));
        Instant now = Instant.now();

        dispatcher.dispatchDue(now);
        Registration failed = QuarkusTransaction.requiringNew().call(() -> repository.findById(UUID.fromString(id)));
        assertEquals(RegistrationStatus.PENDING, failed.status);
        assertEquals(1, failed.attempts);
        assertEquals("case system answered HTTP 503", failed.lastError);
        assertTrue(failed.nextAttemptAt.isAfter(now.plusSeconds(29)), "first retry waits the initial backoff");

        DownstreamFakes.resetToDefaults();
        dispatcher.dispatchDue(now.plusSeconds(10));
        assertEquals(1, QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(UUID.fromString(id)).attempts));

        dispatcher.dispatchDue(now.plusSeconds(31));
        Registration delivered = QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(UUID.fromString(id)));
        assertEquals(RegistrationStatus.REGISTERED, delivered.status);
        assertEquals(2, delivered.attempts);
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(Duration.ofSeconds(30), dispatcher.backoff(1));
        assertEquals(Duration.ofSeconds(60), dispatcher.backoff(2));
        assertEquals(Duration.ofSeconds(240), dispatcher.backoff(4));
        assertEquals(Duration.ofHours(6), dispatcher.backoff(20));
    }

    @Test
    void rejectedRegistrationIsDeadLetteredAndCompletedByARegistrar() {
        String reference = uniqueReference();
        DownstreamFakes.server.stubFor(post(urlEqualTo(DownstreamFakes.CASE_SYSTEM_PATH)).atPriority(1)
                .withHeader("Idempotency-Key", equalTo(reference)).willReturn(aResponse().withStatus(422)));
        String id = submit(disposalRecord(reference));
        dispatcher.dispatchDue(Instant.now());

        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/registrations?status=DEAD_LETTER&size=100")
                .then().statusCode(200)
                .body("items.registrationId", hasItem(id))
                .body("items.find { it.registrationId == '" + id + "' }.lastError",
                        Matchers.equalTo("case system answered HTTP 422"));

        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .contentType(ContentType.JSON).body("""
                        {"registrationNumber": "KS 2026/0999-1"}
                        """)
                .when().post("/api/v1/registrations/" + id + "/complete")
                .then().statusCode(200)
                .body("status", Matchers.equalTo("REGISTERED"))
                .body("registrationNumber", Matchers.equalTo("KS 2026/0999-1"));

        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/registrations?status=DEAD_LETTER&size=100")
                .then().statusCode(200)
                .body("items.registrationId", not(hasItem(id)));
        Registration completed = QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(UUID.fromString(id)));
        assertEquals("rut", completed.completedBy);
    }

    @Test
    void registeredDocumentKeepsItsNumber() {
        String id = submit(disposalRecord(uniqueReference()));
        dispatcher.dispatchDue(Instant.now());

        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .contentType(ContentType.JSON).body("""
                        {"registrationNumber": "KS 2026/0999-2"}
                        """)
                .when().post("/api/v1/registrations/" + id + "/complete")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", Matchers.equalTo("https://uppsikt.se/problems/already-registered"));
    }

    @Test
    void missingDescriptionIsRejectedAndNothingStored() {
        long before = count();
        given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body(disposalRecord(uniqueReference())
                        .replace("\"description\": \"Gallring av inlägg äldre än två år\",", ""))
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", Matchers.equalTo("description"));
        assertEquals(before, count());
    }

    @Test
    void caseNumberAndNewCaseTogetherAreRejected() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(secretIncoming(uniqueReference())
                        .replace("\"registryUnit\": \"SN\",",
                                "\"registryUnit\": \"SN\", \"caseNumber\": \"SN 2026/1\","))
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .body("field", Matchers.equalTo("caseNumber"));
        assertEquals(before, count());
    }

    @Test
    void incomingDocumentWithoutSenderIsRejected() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(secretIncoming(uniqueReference())
                        .replace("\"counterparty\": \"@anna_s\",", ""))
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .body("field", Matchers.equalTo("counterparty"));
        assertEquals(before, count());
    }

    @Test
    void attachmentWhoseHashDoesNotMatchIsRejected() {
        long before = count();
        given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body(disposalRecord(uniqueReference())
                        .replace("\"contentBase64\": \"aGVsbG8=\"", "\"contentBase64\": \"aGVsbG8h\""))
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .body("field", Matchers.equalTo("attachments[0].sha256"));
        assertEquals(before, count());
    }

    @Test
    void secrecyWithoutOslProvisionIsRejected() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body(secretIncoming(uniqueReference())
                        .replace("\"provision\": \"OSL 26 kap. 1 §\"", "\"provision\": \"hemligt\""))
                .when().post("/api/v1/registrations")
                .then().statusCode(400)
                .body("field", Matchers.containsString("provision"));
        assertEquals(before, count());
    }

    @Test
    void unknownStatusFilterIsRejectedNamingTheParameter() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/registrations?status=LOST")
                .then().statusCode(400)
                .body("field", Matchers.equalTo("status"));
    }

    @Test
    void unknownRegistrationIsNotFound() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/registrations/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void submittingWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(disposalRecord(uniqueReference()))
                .when().post("/api/v1/registrations")
                .then().statusCode(401);
    }

    @Test
    void auditorMayNotSubmit() {
        long before = count();
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .contentType(ContentType.JSON).body(disposalRecord(uniqueReference()))
                .when().post("/api/v1/registrations")
                .then().statusCode(403);
        assertEquals(before, count());
    }

    @Test
    void readingWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/registrations/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void channelAdminMayNotRead() {
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get("/api/v1/registrations/" + UUID.randomUUID())
                .then().statusCode(403);
    }

    @Test
    void listingWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/registrations?status=DEAD_LETTER").then().statusCode(401);
    }

    @Test
    void moderatorMayNotListDeadLetters() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/registrations?status=DEAD_LETTER")
                .then().statusCode(403);
    }

    @Test
    void completingWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("""
                {"registrationNumber": "KS 2026/0999-3"}
                """)
                .when().post("/api/v1/registrations/" + UUID.randomUUID() + "/complete")
                .then().statusCode(401);
    }

    @Test
    void moderatorMayNotCompleteByHand() {
        String id = submit(disposalRecord(uniqueReference()));
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .contentType(ContentType.JSON).body("""
                        {"registrationNumber": "KS 2026/0999-4"}
                        """)
                .when().post("/api/v1/registrations/" + id + "/complete")
                .then().statusCode(403);
        assertEquals(RegistrationStatus.PENDING, QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(UUID.fromString(id)).status));
    }

    @Test
    void completionWithoutNumberIsRejected() {
        String id = submit(disposalRecord(uniqueReference()));
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/registrations/" + id + "/complete")
                .then().statusCode(400)
                .body("field", Matchers.equalTo("registrationNumber"));
        assertEquals(RegistrationStatus.PENDING, QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(UUID.fromString(id)).status));
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(repository::count);
    }
}
