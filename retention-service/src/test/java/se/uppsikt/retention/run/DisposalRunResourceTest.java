package se.uppsikt.retention.run;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.uppsikt.retention.run.RunFixtures.RUNS;
import static se.uppsikt.retention.run.RunFixtures.approveAsNils;
import static se.uppsikt.retention.run.RunFixtures.decision;
import static se.uppsikt.retention.run.RunFixtures.dryRun;
import static se.uppsikt.retention.run.RunFixtures.outcomeOf;
import static se.uppsikt.retention.run.RunFixtures.reasonOf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.retention.FakeDownstream.Item;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class DisposalRunResourceTest {

    private static final Instant FOUR_YEARS_AGO = Instant.now().minus(4 * 366, ChronoUnit.DAYS);
    private static final Instant LAST_MONTH = Instant.now().minus(30, ChronoUnit.DAYS);

    @Inject
    DisposalRunRepository runs;

    @Inject
    DisposalRunItemRepository items;

    private final UUID authority = UUID.randomUUID();
    private final UUID channel = FakeDownstream.channel(authority, "FACEBOOK_PAGE", "2.1", null);

    @Test
    void dryRunJudgesEveryCandidateAndIsReadBackLater() {
        Item due = FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        Item held = FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, true);
        Item recent = FakeDownstream.item(channel, "COMMENT", LAST_MONTH, false);
        Item otherKind = FakeDownstream.item(channel, "POST", FOUR_YEARS_AGO, false);
        String decisionId = decision(authority, List.of(channel), "\"COMMENT\"", "P2Y", "CREATED", true, "");

        String runId = dryRun(decisionId);

        given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId)
                .then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("decisionId", equalTo(decisionId))
                .body("createdBy", equalTo("karin"))
                .body("candidateCount", equalTo(2))
                .body("eligibleCount", equalTo(1));
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get(RUNS + "/" + runId + "/items?size=1&page=1")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(1));
        assertEquals(null, reasonOf(runId, due.itemId));
        assertEquals("HELD", reasonOf(runId, held.itemId));
        assertEquals(null, outcomeOf(runId, due.itemId));
        // the archive is asked only for what may be due: recent comments and other kinds are no candidates
        given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .when().get(RUNS + "/" + runId + "/items?size=100")
                .then().statusCode(200)
                .body("items.itemId", not(hasItem(recent.itemId.toString())))
                .body("items.itemId", not(hasItem(otherKind.itemId.toString())));
        given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .when().get(RUNS + "?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(runId));
    }

    @Test
    void approvedRunDisposesInBatchesAndSkipsWhatBecameHeld() {
        Item a = FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        Item b = FakeDownstream.item(channel, "MEDIA", FOUR_YEARS_AGO, false);
        Item c = FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\", \"MEDIA\"", "P1Y", "CAPTURED",
                true, ""));
        approveAsNils(runId);
        c.held = true; // an utlämnande request arrived after approval: the archive re-checks at dispose

        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute")
                .then().statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("approvedBy", equalTo("nils"))
                .body("executedBy", equalTo("nils"))
                .body("batchesDone", equalTo(2));

        assertEquals("DISPOSED", outcomeOf(runId, a.itemId));
        assertEquals("DISPOSED", outcomeOf(runId, b.itemId));
        assertEquals("SKIPPED_HELD", outcomeOf(runId, c.itemId));
        assertEquals(0, FakeDownstream.destructions(c.itemId));
    }

    @Test
    void creatorMayNotApproveOwnDryRun() {
        FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\"", "P1Y", "CREATED", true, ""));

        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/approve")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/approver-is-creator"));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + runId)
                .then().statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("approvedBy", nullValue());
    }

    @Test
    void runIsNotExecutedWithoutApprovalWhenTheDecisionRequiresIt() {
        Item item = FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\"", "P1Y", "CREATED", true, ""));

        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/run-not-approved"));
        assertEquals(0, FakeDownstream.destructions(item.itemId));
        assertEquals(null, outcomeOf(runId, item.itemId));
    }

    @Test
    void runExecutesWithoutApprovalWhereTheDecisionAllowsIt() {
        Item item = FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\"", "P1Y", "CREATED", false, ""));

        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute")
                .then().statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("approvedBy", nullValue());
        assertEquals("DISPOSED", outcomeOf(runId, item.itemId));
        assertEquals(1, FakeDownstream.destructions(item.itemId));
    }

    @Test
    void executedRunCannotBeExecutedAgain() {
        FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\"", "P1Y", "CREATED", false, ""));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute").then().statusCode(200);

        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute")
                .then().statusCode(409)
                .body("type", equalTo("https://uppsikt.se/problems/run-already-executed"));
    }

    @Test
    void longestPeriodAmongOverlappingDecisionsWins() {
        Item threeYearsOld = FakeDownstream.item(channel, "COMMENT", Instant.now().minus(3 * 366, ChronoUnit.DAYS),
                false);
        String shortDecision = decision(authority, List.of(channel), "\"COMMENT\"", "P1Y", "CREATED", true, "");
        String longDecision = decision(authority, List.of(), "\"COMMENT\", \"POST\"", "P10Y", "CREATED", true, "");

        String runId = dryRun(shortDecision);

        assertEquals("NOT_DUE", reasonOf(runId, threeYearsOld.itemId));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + runId + "/items?size=100")
                .then().statusCode(200)
                .body("items.find { it.itemId == '" + threeYearsOld.itemId + "' }.governingDecisionId",
                        equalTo(longDecision));
    }

    @Test
    void kindMarkedBevarasIsNeverACandidateForDisposal() {
        Item media = FakeDownstream.item(channel, "MEDIA", FOUR_YEARS_AGO, false);
        Item comment = FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        decision(authority, List.of(), "\"POST\"", "P50Y", "CREATED", true, "\"MEDIA\"");
        String runId = dryRun(decision(authority, List.of(channel), "\"COMMENT\", \"MEDIA\"", "P1Y", "CREATED",
                false, ""));

        assertEquals("PRESERVED", reasonOf(runId, media.itemId));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute").then().statusCode(200);
        assertEquals(0, FakeDownstream.destructions(media.itemId));
        assertEquals(1, FakeDownstream.destructions(comment.itemId));
    }

    @Test
    void disposalRequestForABevarasKindOnlyIsAConflictAndNothingIsWritten() {
        decision(authority, List.of(), "\"POST\"", "P50Y", "CREATED", true, "\"MEDIA\"");
        String onlyMedia = decision(authority, List.of(channel), "\"MEDIA\"", "P1Y", "CREATED", false, "");
        long before = countRuns();

        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body("{\"decisionId\": \"" + onlyMedia + "\"}")
                .when().post(RUNS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/preserved-category"));
        assertEquals(before, countRuns());
    }

    @Test
    void secretRecordsAndUnknownChannelsAreSkipped() {
        Item secret = new Item(channel, "COMMENT", "INBOUND", "SECRET", FOUR_YEARS_AGO, FOUR_YEARS_AGO, false);
        FakeDownstream.ITEMS.put(secret.itemId, secret);
        UUID unregistered = UUID.randomUUID();
        Item orphan = FakeDownstream.item(unregistered, "COMMENT", FOUR_YEARS_AGO, false);
        String runId = dryRun(decision(authority, List.of(channel, unregistered), "\"COMMENT\"", "P1Y", "CREATED",
                true, ""));
        assertEquals("SECRET", reasonOf(runId, secret.itemId));
        assertEquals("CHANNEL_UNKNOWN", reasonOf(runId, orphan.itemId));
    }

    @Test
    void runForUnknownDecisionIsRejectedNamingTheFieldAndNothingIsWritten() {
        long before = countRuns();
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body("{\"decisionId\": \"" + UUID.randomUUID() + "\"}")
                .when().post(RUNS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("decisionId"));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body("{}")
                .when().post(RUNS)
                .then().statusCode(400)
                .body("field", equalTo("decisionId"));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body("{\"decisionId\": \"not-a-uuid\"}")
                .when().post(RUNS)
                .then().statusCode(400)
                .body("field", equalTo("decisionId"));
        assertEquals(before, countRuns());
    }

    @Test
    void unknownRunIsNotFound() {
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + UUID.randomUUID() + "/items")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + UUID.randomUUID() + "/approve")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + UUID.randomUUID() + "/execute")
                .then().statusCode(404);
    }

    @Test
    void everyEndpointRefusesRequestsWithoutToken() {
        long before = countRuns();
        String id = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body("{\"decisionId\": \"" + id + "\"}")
                .when().post(RUNS).then().statusCode(401);
        given().when().get(RUNS).then().statusCode(401);
        given().when().get(RUNS + "/" + id).then().statusCode(401);
        given().when().get(RUNS + "/" + id + "/items").then().statusCode(401);
        given().when().post(RUNS + "/" + id + "/approve").then().statusCode(401);
        given().when().post(RUNS + "/" + id + "/execute").then().statusCode(401);
        given().when().get(RUNS + "/" + id + "/record").then().statusCode(401);
        assertEquals(before, countRuns());
    }

    @Test
    void everyEndpointRefusesTheWrongRole() {
        FakeDownstream.item(channel, "COMMENT", FOUR_YEARS_AGO, false);
        String decisionId = decision(authority, List.of(channel), "\"COMMENT\"", "P1Y", "CREATED", true, "");
        String runId = dryRun(decisionId);
        long before = countRuns();
        String moderator = Tokens.forUser("maja", "moderator");
        given().auth().oauth2(moderator).contentType(ContentType.JSON)
                .body("{\"decisionId\": \"" + decisionId + "\"}")
                .when().post(RUNS).then().statusCode(403).contentType("application/problem+json");
        // an auditor reads everything and changes nothing
        given().auth().oauth2(Tokens.forUser("oskar", "auditor")).contentType(ContentType.JSON)
                .body("{\"decisionId\": \"" + decisionId + "\"}")
                .when().post(RUNS).then().statusCode(403);
        given().auth().oauth2(moderator).when().get(RUNS).then().statusCode(403);
        given().auth().oauth2(moderator).when().get(RUNS + "/" + runId).then().statusCode(403);
        given().auth().oauth2(moderator).when().get(RUNS + "/" + runId + "/items").then().statusCode(403);
        given().auth().oauth2(moderator).when().get(RUNS + "/" + runId + "/record").then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("oskar", "auditor")).when().post(RUNS + "/" + runId + "/approve")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.forService("cronjob")).when().post(RUNS + "/" + runId + "/execute")
                .then().statusCode(403);
        assertEquals(before, countRuns());
        given().auth().oauth2(Tokens.forUser("oskar", "auditor")).when().get(RUNS + "/" + runId)
                .then().statusCode(200)
                .body("status", equalTo("PLANNED"));
    }

    @Test
    void pageSizeAboveTheMaximumIsRejected() {
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().get(RUNS + "/" + UUID.randomUUID() + "/items?size=101")
                .then().statusCode(400)
                .body("field", equalTo("size"));
    }

    private long countRuns() {
        return QuarkusTransaction.requiringNew().call(runs::count);
    }
}
