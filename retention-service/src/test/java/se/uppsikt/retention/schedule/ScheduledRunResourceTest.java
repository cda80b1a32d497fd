package se.uppsikt.retention.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.retention.run.RunFixtures.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.retention.FakeDownstream.Item;
import se.uppsikt.retention.run.DisposalRunRepository;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ScheduledRunResourceTest {

    private static final String PATH = "/api/v1/disposal-runs/scheduled";
    private static final Instant OLD = Instant.now().minus(3 * 366, ChronoUnit.DAYS);

    @Inject
    DisposalRunRepository runs;

    @Test
    void triggerCreatesDryRunsAndExecutesOnlyWhereTheDecisionNeedsNoApproval() {
        UUID authority = UUID.randomUUID();
        UUID automatic = FakeDownstream.channel(authority, "YOUTUBE", null, null);
        UUID guarded = FakeDownstream.channel(authority, "LINKEDIN", null, null);
        Item goes = FakeDownstream.item(automatic, "COMMENT", OLD, false);
        Item waits = FakeDownstream.item(guarded, "REPLY", OLD, false);
        String automaticDecision = decision(authority, List.of(automatic), "\"COMMENT\"", "P1Y", "CREATED", false,
                "");
        String guardedDecision = decision(authority, List.of(guarded), "\"REPLY\"", "P1Y", "CREATED", true, "");

        given().auth().oauth2(Tokens.forService("disposal-cronjob"))
                .when().post(PATH)
                .then().statusCode(202)
                .body("runsCreated", greaterThanOrEqualTo(2))
                .body("runsExecuted", greaterThanOrEqualTo(1));

        assertEquals(1, FakeDownstream.destructions(goes.itemId));
        assertEquals(0, FakeDownstream.destructions(waits.itemId));
        assertTrue(statusOf(automaticDecision).contains("EXECUTED"));
        assertEquals(List.of("PLANNED"), statusOf(guardedDecision));

        // a second trigger does not pile another dry run on the one still waiting for approval
        given().auth().oauth2(Tokens.forService("disposal-cronjob"))
                .when().post(PATH)
                .then().statusCode(202);
        assertEquals(List.of("PLANNED"), statusOf(guardedDecision));
    }

    @Test
    void triggerWithoutTokenIsUnauthorized() {
        long before = countRuns();
        given().when().post(PATH).then().statusCode(401);
        assertEquals(before, countRuns());
    }

    @Test
    void archivistMayNotTriggerTheSchedule() {
        long before = countRuns();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(PATH)
                .then().statusCode(403);
        assertEquals(before, countRuns());
    }

    private long countRuns() {
        return QuarkusTransaction.requiringNew().call(runs::count);
    }

    private List<String> statusOf(String decisionId) {
        return QuarkusTransaction.requiringNew().call(() -> runs.list("decisionId", UUID.fromString(decisionId))
                .stream().map(r -> r.status.name()).toList());
    }
}
