package se.uppsikt.retention.run;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.retention.run.RunFixtures.RUNS;
import static se.uppsikt.retention.run.RunFixtures.approveAsNils;
import static se.uppsikt.retention.run.RunFixtures.decision;
import static se.uppsikt.retention.run.RunFixtures.dryRun;
import static se.uppsikt.retention.run.RunFixtures.outcomeOf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.retention.FakeDownstream.Item;
import se.uppsikt.retention.schedule.ScheduledDisposals;
import se.uppsikt.testsupport.Tokens;

/**
 * A run killed in the middle of execution (deterministic crash points; tests run with batches of two) resumes from
 * its persisted state: nothing is destroyed twice, nothing is forgotten, the record is complete.
 */
@QuarkusTest
class CrashResumeTest {

    private static final Instant OLD = Instant.now().minus(3 * 366, ChronoUnit.DAYS);

    @Inject
    CrashPoints crashPoints;

    @Inject
    ScheduledDisposals schedule;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void noMoreCrashes() {
        crashPoints.clear();
    }

    /** Seven due comments on a fresh channel, approved: four batches of at most two. */
    private record Prepared(String runId, List<Item> items) {
    }

    private Prepared approvedRunOfSeven() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "MASTODON", null, null);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            items.add(FakeDownstream.item(channel, "COMMENT", OLD, false));
        }
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\"", "P2Y", "CREATED", true, ""));
        approveAsNils(runId);
        return new Prepared(runId, items);
    }

    private void crashAt(CrashPoints.Point point, String runId, int batch) {
        crashPoints.set((p, run, batchNo) -> {
            if (p == point && run.toString().equals(runId) && batchNo == batch) {
                throw new IllegalStateException("simulated crash at " + p + " of batch " + batchNo);
            }
        });
    }

    @Test
    void runCrashedAfterACommittedBatchResumesWhereItStopped() {
        Prepared run = approvedRunOfSeven();
        crashAt(CrashPoints.Point.AFTER_BATCH, run.runId, 2);

        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + run.runId + "/execute")
                .then().statusCode(500);
        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().get(RUNS + "/" + run.runId)
                .then().statusCode(200)
                .body("status", equalTo("EXECUTING"))
                .body("batchesDone", equalTo(2));
        long disposedBeforeResume = run.items.stream().filter(i -> i.disposed).count();
        assertEquals(4, disposedBeforeResume);

        crashPoints.clear();
        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + run.runId + "/execute")
                .then().statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("batchesDone", equalTo(4));

        assertEverythingDisposedExactlyOnce(run);
    }

    @Test
    void runCrashedBetweenDisposeAndCommitResendsOnlyThatBatchAndTheArchiveAnswersIdempotently() {
        Prepared run = approvedRunOfSeven();
        crashAt(CrashPoints.Point.AFTER_DISPOSE, run.runId, 3);

        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + run.runId + "/execute")
                .then().statusCode(500);
        // batch 3 is gone in the archive, but the run has not recorded it
        assertEquals(6, run.items.stream().filter(i -> i.disposed).count());

        crashPoints.clear();
        // the restarted service's resume job, not a person, finishes the run
        schedule.resumeInterrupted();

        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().get(RUNS + "/" + run.runId)
                .then().statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("executedBy", equalTo("nils"));
        assertEverythingDisposedExactlyOnce(run);
    }

    @Test
    void secondExecutionWhileAnotherReplicaHoldsTheLockIsAConflict() throws Exception {
        Prepared run = approvedRunOfSeven();
        try (Connection otherReplica = dataSource.getConnection()) {
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, ExecutionLock.KEY);
                lock.execute();
            }
            given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                    .when().post(RUNS + "/" + run.runId + "/execute")
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://uppsikt.se/problems/execution-in-progress"));
            assertEquals(0, run.items.stream().filter(i -> i.disposed).count());
            try (PreparedStatement unlock = otherReplica.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, ExecutionLock.KEY);
                unlock.execute();
            }
        }
        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + run.runId + "/execute")
                .then().statusCode(200)
                .body("status", equalTo("EXECUTED"));
        assertEverythingDisposedExactlyOnce(run);
    }

    private static void assertEverythingDisposedExactlyOnce(Prepared run) {
        for (Item item : run.items) {
            assertEquals(1, FakeDownstream.destructions(item.itemId), "destructions of " + item.itemId);
            assertEquals("DISPOSED", outcomeOf(run.runId, item.itemId));
        }
        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + run.runId + "/record")
                .then().statusCode(200)
                .body("outcomes.DISPOSED", equalTo(7))
                .body("disposed.size()", equalTo(7))
                .body("skipped.size()", equalTo(0));
    }
}
