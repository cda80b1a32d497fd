package se.uppsikt.retention.run;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

/** Decisions and runs made through the API, as an archivist would. */
public final class RunFixtures {

    public static final String RUNS = "/api/v1/disposal-runs";

    private RunFixtures() {
    }

    /** A decision of the authority over the channels (none: all its channels), registered by karin. */
    public static String decision(UUID authority, List<UUID> channels, String kinds, String period, String trigger,
            boolean requiresApproval, String preservedKinds) {
        String channelIds = channels.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        return given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reference": "KS 2026/%s", "decidingBodyType": "NAMND", "decidingBody": "Kommunstyrelsen",
                         "decisionDate": "2023-11-20", "validFrom": "2024-01-01",
                         "legalBasis": "Arkivlagen (1990:782) 10 §", "retentionPeriod": "%s",
                         "retentionTrigger": "%s", "requiresApproval": %s,
                         "scope": {"authorityIds": ["%s"], "channelIds": [%s], "itemKinds": [%s]},
                         "preserve": {"itemKinds": [%s]}}
                        """.formatted(UUID.randomUUID(), period, trigger, requiresApproval, authority, channelIds,
                        kinds, preservedKinds))
                .when().post("/api/v1/retention-decisions")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A dry run under the decision, created by karin. */
    public static String dryRun(String decisionId) {
        return given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .contentType(ContentType.JSON).body("{\"decisionId\": \"" + decisionId + "\"}")
                .when().post(RUNS)
                .then().statusCode(201)
                .extract().path("id");
    }

    public static void approveAsNils(String runId) {
        given().auth().oauth2(Tokens.forUser("nils", "archivist"))
                .when().post(RUNS + "/" + runId + "/approve")
                .then().statusCode(200);
    }

    public static String outcomeOf(String runId, UUID itemId) {
        return given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId + "/items?size=100")
                .then().statusCode(200)
                .extract().path("items.find { it.itemId == '" + itemId + "' }.outcome");
    }

    public static String reasonOf(String runId, UUID itemId) {
        return given().auth().oauth2(Tokens.forUser("oskar", "auditor"))
                .when().get(RUNS + "/" + runId + "/items?size=100")
                .then().statusCode(200)
                .extract().path("items.find { it.itemId == '" + itemId + "' }.exclusionReason");
    }
}
