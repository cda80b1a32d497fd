package se.uppsikt.moderation.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.review.ReviewFixtures;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.pdfa.PdfA;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ReportResourceTest {

    @Inject
    ReviewItemRepository items;

    @BeforeEach
    void archiveExecutesTakedowns() {
        DownstreamFakes.resetToDefaults();
    }

    private static void decide(String moderator, ReviewItem item, String outcome, String reason) {
        given().auth().oauth2(Tokens.forUser(moderator, "moderator"))
                .contentType(ContentType.JSON).body("""
                        {"reviewItemId": "%s", "outcome": "%s", "reasonCode": "%s",
                         "motivation": "Meddelandet bryter mot kanalens regler om personangrepp."}
                        """.formatted(item.id, outcome, reason))
                .when().post("/api/v1/decisions").then().statusCode(201);
    }

    @Test
    void monthlyReportCountsTimelyReviewAndDecisionsByReasonAndModerator() {
        UUID channel = UUID.randomUUID();
        Instant now = Instant.now();
        ReviewItem first = ReviewFixtures.unreviewed(items, channel, now.minus(Duration.ofMinutes(30)));
        ReviewItem second = ReviewFixtures.unreviewed(items, channel, now.minus(Duration.ofMinutes(20)));
        ReviewFixtures.unreviewed(items, channel, now.minus(Duration.ofMinutes(10)));
        decide("maja", first, "HIDE", "PERSONANGREPP");
        decide("olle", second, "REMOVE", "PERSONANGREPP");
        String month = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();

        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/reports/supervision?month=" + month + "&channelId=" + channel)
                .then().statusCode(200)
                .body("month", equalTo(month))
                .body("channels", hasSize(1))
                .body("channels[0].itemsReceived", equalTo(3))
                .body("channels[0].reviewed", equalTo(2))
                .body("channels[0].reviewedWithinThreshold", equalTo(2))
                .body("channels[0].shareReviewedWithinThreshold", equalTo(0.667f))
                .body("channels[0].removalsAndBlocksByReason.PERSONANGREPP", equalTo(2))
                .body("channels[0].decisionsByModerator.maja", equalTo(1))
                .body("channels[0].decisionsByModerator.olle", equalTo(1))
                .body("channels[0].decisionsByOutcome.HIDE", equalTo(1));
    }

    @Test
    void monthlyReportIsAlsoAValidPdfA() {
        UUID channel = UUID.randomUUID();
        ReviewItem item = ReviewFixtures.unreviewed(items, channel, Instant.now().minus(Duration.ofMinutes(5)));
        decide("maja", item, "HIDE", "PERSONANGREPP");
        String month = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();

        byte[] pdf = given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get("/api/v1/reports/supervision.pdf?month=" + month + "&channelId=" + channel)
                .then().statusCode(200)
                .contentType("application/pdf")
                .extract().asByteArray();
        PdfA.Validation validation = PdfA.validate(pdf);
        assertTrue(validation.compliant(), "veraPDF: " + validation.failures());
    }

    @Test
    void pdfMonthMustBeWrittenAsYearAndMonth() {
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/reports/supervision.pdf?month=2026-13")
                .then().statusCode(400).body("field", equalTo("month"));
    }

    @Test
    void pdfWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/reports/supervision.pdf?month=2026-11").then().statusCode(401);
    }

    @Test
    void moderatorMayNotReadThePdfReport() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/reports/supervision.pdf?month=2026-11").then().statusCode(403);
    }

    @Test
    void monthMustBeWrittenAsYearAndMonth() {
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/reports/supervision?month=november")
                .then().statusCode(400).body("field", equalTo("month"));
    }

    @Test
    void reportWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/reports/supervision?month=2026-11").then().statusCode(401);
    }

    @Test
    void moderatorMayNotReadTheReport() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/reports/supervision?month=2026-11").then().statusCode(403);
    }
}
