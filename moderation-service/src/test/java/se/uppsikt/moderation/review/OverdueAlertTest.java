package se.uppsikt.moderation.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.moderation.review.ReviewFixtures.FOUR_HOUR_CHANNEL;
import static se.uppsikt.moderation.review.ReviewFixtures.unreviewed;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class OverdueAlertTest {

    @Inject
    ReviewItemRepository items;

    @Inject
    ReviewAlertRepository alerts;

    @Inject
    OverdueMonitor monitor;

    @Inject
    MeterRegistry meters;

    private boolean alerted(ReviewItem item) {
        return QuarkusTransaction.requiringNew().call(() -> alerts.findByReviewItem(item.id).isPresent());
    }

    private double alertMetric(UUID channel) {
        var counter = meters.find("uppsikt.review.overdue.alerts").tag("channel", channel.toString()).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void itemOlderThanTheDefaultThresholdRaisesOneAlert() {
        UUID channel = UUID.randomUUID();
        Instant now = Instant.now();
        ReviewItem late = unreviewed(items, channel, now.minus(Duration.ofHours(25)));
        ReviewItem inTime = unreviewed(items, channel, now.minus(Duration.ofHours(23)));

        monitor.check(now);
        monitor.check(now.plusSeconds(60));

        assertTrue(alerted(late));
        assertEquals(false, alerted(inTime));
        assertEquals(1.0, alertMetric(channel), "one alert, however often the check runs");
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/review/alerts?channelId=" + channel)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reviewItemId", equalTo(late.id.toString()))
                .body("items[0].thresholdSeconds", equalTo(24 * 3600));
    }

    @Test
    void channelWithItsOwnThresholdIsAlertedSooner() {
        Instant now = Instant.now();
        ReviewItem late = unreviewed(items, FOUR_HOUR_CHANNEL, now.minus(Duration.ofHours(5)));
        ReviewItem inTime = unreviewed(items, FOUR_HOUR_CHANNEL, now.minus(Duration.ofHours(3)));

        monitor.check(now);

        assertTrue(alerted(late));
        assertEquals(false, alerted(inTime));
        ReviewAlert alert = QuarkusTransaction.requiringNew().call(() -> alerts.findByReviewItem(late.id).get());
        assertEquals(4 * 3600, alert.thresholdSeconds);
    }

    @Test
    void reviewedItemIsNeverAlerted() {
        Instant now = Instant.now();
        ReviewItem item = unreviewed(items, UUID.randomUUID(), now.minus(Duration.ofHours(48)));
        QuarkusTransaction.requiringNew().run(() -> items.findById(item.id).reviewed("maja", now));

        monitor.check(now);

        assertEquals(false, alerted(item));
    }

    @Test
    void alertsWithoutTokenAreUnauthorized() {
        given().when().get("/api/v1/review/alerts").then().statusCode(401);
    }

    @Test
    void registrarMayNotReadAlerts() {
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get("/api/v1/review/alerts").then().statusCode(403);
    }
}
