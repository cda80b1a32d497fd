package se.uppsikt.moderation.registration;

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
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class RegistrationReliabilityTest {

    private static final int REGISTRATIONS = 200;

    @Inject
    RegistrationRepository repository;

    @Inject
    RegistrationDispatcher dispatcher;

    @AfterEach
    void caseSystemRecovers() {
        DownstreamFakes.resetToDefaults();
    }

    @Test
    void everyRegistrationIsDeliveredExactlyOnceWhileTheCaseSystemFailsThirtyPercent() {
        DownstreamFakes.resetToDefaults();
        CaseSystemFake caseSystem = DownstreamFakes.caseSystem;
        caseSystem.reset(0.30, 20261126L);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            String reference = "reliability:" + UUID.randomUUID();
            references.add(reference);
            given().auth().oauth2(Tokens.forService("retention-service"))
                    .contentType(ContentType.JSON).body(RegistrationFixtures.disposalRecord(reference))
                    .when().post("/api/v1/registrations")
                    .then().statusCode(202);
        }

        // Each round runs after every backoff of the previous one has passed (the cap is 6 hours).
        Instant now = Instant.now();
        int rounds = 0;
        while (pending(references) > 0 && rounds < 25) {
            dispatcher.dispatchDue(now);
            now = now.plus(Duration.ofHours(7));
            rounds++;
        }

        Map<String, Integer> successes = caseSystem.successesByKey();
        HashSet<String> numbers = new HashSet<>();
        for (String reference : references) {
            Registration r = QuarkusTransaction.requiringNew()
                    .call(() -> repository.findBySourceReference(reference).orElseThrow());
            assertEquals(RegistrationStatus.REGISTERED, r.status, reference + " is registered");
            assertEquals(caseSystem.numberFor(reference), r.registrationNumber, "the case system's number is stored");
            assertEquals(1, successes.get(reference), reference + " was registered exactly once");
            numbers.add(r.registrationNumber);
        }
        assertEquals(REGISTRATIONS, numbers.size(), "no two registrations share a number");
        int calls = REGISTRATIONS + caseSystem.failures();
        double failureShare = (double) caseSystem.failures() / calls;
        assertTrue(failureShare > 0.2 && failureShare < 0.4, "about 30 % of calls failed: " + failureShare);
        assertTrue(rounds > 1, "failures needed retries");
    }

    private long pending(List<String> references) {
        return QuarkusTransaction.requiringNew().call(() -> repository
                .count("status = ?1 and sourceReference in ?2", RegistrationStatus.PENDING, references));
    }
}
