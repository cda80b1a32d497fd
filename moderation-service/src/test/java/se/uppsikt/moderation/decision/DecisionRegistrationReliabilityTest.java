package se.uppsikt.moderation.decision;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.moderation.CaseSystemFake;
import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.registration.Registration;
import se.uppsikt.moderation.registration.RegistrationDispatcher;
import se.uppsikt.moderation.registration.RegistrationRepository;
import se.uppsikt.moderation.registration.RegistrationStatus;
import se.uppsikt.moderation.review.ReviewFixtures;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.testsupport.Tokens;

/** The acceptance test: 200 removal decisions, a case system failing 30 % of calls, 200 registrations. */
@QuarkusTest
class DecisionRegistrationReliabilityTest {

    private static final int DECISIONS = 200;

    @Inject
    ReviewItemRepository items;

    @Inject
    RegistrationRepository registrations;

    @Inject
    DecisionRepository decisions;

    @Inject
    RegistrationDispatcher dispatcher;

    @AfterEach
    void caseSystemRecovers() {
        DownstreamFakes.resetToDefaults();
    }

    @Test
    void twoHundredRemovalsEndAsTwoHundredRegistrationsNoneLostNoneDuplicated() {
        DownstreamFakes.resetToDefaults();
        CaseSystemFake caseSystem = DownstreamFakes.caseSystem;
        caseSystem.reset(0.30, 7L);
        UUID channel = UUID.randomUUID();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < DECISIONS; i++) {
            UUID reviewItem = ReviewFixtures.unreviewed(items, channel, Instant.now().minusSeconds(600)).id;
            String decisionId = given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                    .contentType(ContentType.JSON)
                    .body(DecisionResourceTest.removal(reviewItem, "REMOVE", "BBS_OLAGA_HOT",
                            DecisionResourceTest.MOTIVATION))
                    .when().post("/api/v1/decisions")
                    .then().statusCode(201)
                    .extract().path("id");
            references.add("moderation:decision:" + decisionId);
        }

        Instant now = Instant.now();
        for (int round = 0; round < 25 && pending(references) > 0; round++) {
            dispatcher.dispatchDue(now);
            now = now.plus(Duration.ofHours(7));
        }

        Map<String, Integer> successes = caseSystem.successesByKey();
        HashSet<String> numbers = new HashSet<>();
        for (String reference : references) {
            Registration r = QuarkusTransaction.requiringNew()
                    .call(() -> registrations.findBySourceReference(reference).orElseThrow());
            assertEquals(RegistrationStatus.REGISTERED, r.status, reference);
            assertEquals(caseSystem.numberFor(reference), r.registrationNumber);
            assertEquals(1, successes.get(reference), reference + " delivered once");
            numbers.add(r.registrationNumber);
            UUID decisionId = UUID.fromString(reference.substring("moderation:decision:".length()));
            assertEquals(r.id, QuarkusTransaction.requiringNew()
                    .call(() -> decisions.findById(decisionId).registrationId));
        }
        assertEquals(DECISIONS, numbers.size());
        assertTrue(caseSystem.failures() > DECISIONS / 10, "the case system did fail: " + caseSystem.failures());
    }

    private long pending(List<String> references) {
        return QuarkusTransaction.requiringNew().call(() -> registrations
                .count("status = ?1 and sourceReference in ?2", RegistrationStatus.PENDING, references));
    }
}
