package se.uppsikt.moderation.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.moderation.review.ReviewFixtures.unreviewed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.uppsikt.moderation.ChannelRegistryFake;
import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.TestClock;
import se.uppsikt.moderation.channel.ChannelDirectory;
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

    @Inject
    ChannelDirectory directory;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    ObjectMapper json;

    private final UUID channel = UUID.randomUUID();

    @BeforeEach
    void freshFakes() {
        DownstreamFakes.resetToDefaults();
        directory.invalidateAll();
    }

    @AfterEach
    void restore() {
        TestClock.reset();
        DownstreamFakes.resetToDefaults();
        directory.invalidateAll();
        circuitBreakers.resetAll();
    }

    private static Instant swedish(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SwedishWorkingCalendar.SWEDEN).toInstant();
    }

    private ReviewAlert alertOf(ReviewItem item) {
        return QuarkusTransaction.requiringNew().call(() -> alerts.findByReviewItem(item.id).orElse(null));
    }

    private double alertMetric(UUID channelId) {
        var counter = meters.find("uppsikt.review.overdue.alerts").tag("channel", channelId.toString()).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<LoggedRequest> webhookCallsFor(UUID channelId) {
        return DownstreamFakes.server.findAll(postRequestedFor(urlEqualTo(DownstreamFakes.ALERTS_PATH))
                .withRequestBody(matchingJsonPath("$.channelId", WireMock.equalTo(channelId.toString()))));
    }

    @Test
    void aWeekendDoesNotMakeAnItemOverdue() {
        // Published Friday 15:00: 67 calendar hours later, on Monday 10:00, only 19 working hours have passed.
        ReviewItem item = unreviewed(items, channel, swedish("2026-11-20T15:00"));

        assertEquals(0, monitor.check(swedish("2026-11-23T10:00")));
        monitor.check(swedish("2026-11-23T14:00"));
        assertEquals(null, alertOf(item), "23 working hours: not yet");

        monitor.check(swedish("2026-11-23T16:00"));
        monitor.check(swedish("2026-11-24T09:00"));

        ReviewAlert alert = alertOf(item);
        assertEquals(25 * 3600, alert.workingAgeSeconds, "9 hours on Friday and 16 on Monday");
        assertEquals(73 * 3600, alert.ageSeconds);
        assertEquals(24 * 3600, alert.thresholdSeconds, "the default: the registry does not know this channel");
        assertEquals(ThresholdSource.DEFAULT_CHANNEL_NOT_IN_REGISTRY, alert.thresholdSource);
        assertEquals(1.0, alertMetric(channel), "one alert, however often the check runs");
        assertEquals(1, webhookCallsFor(channel).size(), "one webhook call, however often the check runs");
        given().auth().oauth2(Tokens.forUser("ida", "auditor"))
                .when().get("/api/v1/review/alerts?channelId=" + channel)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reviewItemId", equalTo(item.id.toString()))
                .body("items[0].thresholdSeconds", equalTo(24 * 3600))
                .body("items[0].workingAgeSeconds", equalTo(25 * 3600))
                .body("items[0].thresholdSource", equalTo("DEFAULT_CHANNEL_NOT_IN_REGISTRY"))
                .body("items[0].webhookStatus", equalTo("DELIVERED"));
    }

    @Test
    void easterHolidaysDoNotCountAndTheChannelsOwnThresholdApplies() throws Exception {
        ChannelRegistryFake.channel(channel, "Exempelkommunen på Facebook", 8, "https://exempel.se/regler");
        // Maundy Thursday 20:00; Good Friday to Easter Monday are days off.
        ReviewItem item = unreviewed(items, channel, swedish("2026-04-02T20:00"));

        monitor.check(swedish("2026-04-06T22:00"));
        assertEquals(null, alertOf(item), "98 calendar hours but 4 working hours");

        // The injected clock drives the scheduled check, as in production.
        TestClock.set(swedish("2026-04-07T05:00"));
        monitor.scheduled();

        ReviewAlert alert = alertOf(item);
        assertEquals(9 * 3600, alert.workingAgeSeconds);
        assertEquals(8 * 3600, alert.thresholdSeconds, "the channel's reviewThresholdHours from the registry");
        assertEquals(ThresholdSource.REGISTRY, alert.thresholdSource);
        assertEquals(WebhookStatus.DELIVERED, alert.webhookStatus);

        List<LoggedRequest> calls = webhookCallsFor(channel);
        assertEquals(1, calls.size());
        assertEquals(alert.id.toString(), calls.get(0).getHeader("Idempotency-Key"));
        JsonNode body = json.readTree(calls.get(0).getBodyAsString());
        assertEquals("REVIEW_OVERDUE", body.get("event").asText());
        assertEquals("Exempelkommunen på Facebook", body.get("channelName").asText());
        assertEquals(item.itemId.toString(), body.get("itemId").asText());
        assertEquals(9 * 3600, body.get("workingAgeSeconds").asLong());
        assertEquals(ChannelRegistryFake.RESPONSIBLE, body.at("/responsible/name").asText());
        assertEquals("karin@exempel.se", body.at("/responsible/email").asText());
        assertEquals(ChannelRegistryFake.DEPUTY, body.at("/deputy/name").asText());
        String raw = calls.get(0).getBodyAsString();
        assertFalse(raw.contains(item.text), "the message text never leaves in an alert");
        assertFalse(raw.contains(item.authorHandle), "nor anything about its author");
        assertFalse(body.has("text") || body.has("authorHandle"));
    }

    @Test
    void registryDownFallsBackToTheDefaultAndTheAlertSaysSo() throws Exception {
        ChannelRegistryFake.channel(channel, "Exempelkommunen på Instagram", 48, "https://exempel.se/regler");
        ChannelRegistryFake.down();
        ReviewItem item = unreviewed(items, channel, swedish("2026-11-24T09:00"));

        monitor.check(swedish("2026-11-25T10:00"));

        ReviewAlert alert = alertOf(item);
        assertEquals(24 * 3600, alert.thresholdSeconds, "not the channel's 48 hours: the registry could not say");
        assertEquals(ThresholdSource.DEFAULT_REGISTRY_UNAVAILABLE, alert.thresholdSource);
        JsonNode body = json.readTree(webhookCallsFor(channel).get(0).getBodyAsString());
        assertEquals("DEFAULT_REGISTRY_UNAVAILABLE", body.get("thresholdSource").asText());
        assertTrue(body.get("summary").asText().contains("Kanalregistret kunde inte nås"), body.toString());
        assertTrue(body.get("responsible").isNull());
    }

    @Test
    void aFailedWebhookIsRetriedUntilDeliveredAndThenNeverSentAgain() {
        DownstreamFakes.server.stubFor(post(urlEqualTo(DownstreamFakes.ALERTS_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.channelId", WireMock.equalTo(channel.toString())))
                .willReturn(aResponse().withStatus(500)));
        ReviewItem item = unreviewed(items, channel, swedish("2026-11-24T09:00"));

        monitor.check(swedish("2026-11-25T10:00"));
        ReviewAlert failed = alertOf(item);
        assertEquals(WebhookStatus.PENDING, failed.webhookStatus);
        assertEquals(1, failed.webhookAttempts);

        DownstreamFakes.resetToDefaults();
        monitor.check(swedish("2026-11-25T10:05"));
        monitor.check(swedish("2026-11-25T10:10"));

        ReviewAlert delivered = alertOf(item);
        assertEquals(WebhookStatus.DELIVERED, delivered.webhookStatus);
        assertEquals(swedish("2026-11-25T10:05"), delivered.webhookDeliveredAt);
        assertEquals(1, webhookCallsFor(channel).size(), "delivered once; later checks leave it alone");
        assertEquals(1.0, alertMetric(channel));
    }

    @Test
    void reviewedItemIsNeverAlerted() {
        Instant now = swedish("2026-11-26T12:00");
        ReviewItem item = unreviewed(items, channel, swedish("2026-11-23T08:00"));
        QuarkusTransaction.requiringNew().run(() -> items.findById(item.id).reviewed("maja", now));

        monitor.check(now);

        assertEquals(null, alertOf(item));
        assertTrue(webhookCallsFor(channel).isEmpty());
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
