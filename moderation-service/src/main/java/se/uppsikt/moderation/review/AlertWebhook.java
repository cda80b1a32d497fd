package se.uppsikt.moderation.review;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import se.uppsikt.moderation.channel.ChannelFacts;

/**
 * Sends each overdue alert once to the configured webhook, naming the channel, the item, its age and the channel's
 * responsible person and deputy from channel-registry. The message text and anything about its author stay out: the
 * receiving tool is not a place for personal data of the public. An alert is locked while it is sent and marked
 * delivered in the same transaction, so two replicas never both send it; the alert id travels as
 * {@code Idempotency-Key} for the rare resend after a crash between the answer and the commit.
 */
@ApplicationScoped
public class AlertWebhook {

    /** The JSON the webhook receives. */
    public record Payload(String event, UUID alertId, UUID channelId, String channelName, UUID reviewItemId,
            UUID itemId, Instant publishedAt, Instant raisedAt, long ageSeconds, Long workingAgeSeconds,
            long thresholdSeconds, ThresholdSource thresholdSource, Person responsible, Person deputy,
            String summary) {
    }

    public record Person(String name, String function, String email) {

        static Person of(ChannelFacts.Person p) {
            return p == null || p.name() == null ? null : new Person(p.name(), p.function(), p.email());
        }
    }

    private static final int BATCH = 100;

    private final AlertsConfig config;
    private final ReviewAlertRepository alerts;
    private final ReviewItemRepository items;
    private final ReviewThresholds thresholds;
    private final ObjectMapper json;
    private final HttpClient http;

    public AlertWebhook(AlertsConfig config, ReviewAlertRepository alerts, ReviewItemRepository items,
            ReviewThresholds thresholds, ObjectMapper json) {
        this.config = config;
        this.alerts = alerts;
        this.items = items;
        this.thresholds = thresholds;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhookTimeout()).build();
    }

    public boolean configured() {
        return config.webhookUrl().isPresent();
    }

    /** Tries every alert still pending; returns how many were delivered now. */
    public int deliverPending(Instant now) {
        if (!configured()) {
            return 0;
        }
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> alerts.pendingWebhook(BATCH));
        int delivered = 0;
        for (UUID id : pending) {
            if (QuarkusTransaction.requiringNew().call(() -> deliver(id, now))) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(UUID alertId, Instant now) {
        Optional<ReviewAlert> locked = alerts.lockPending(alertId);
        if (locked.isEmpty()) {
            return false;
        }
        ReviewAlert alert = locked.get();
        Optional<String> failure = send(payload(alert));
        if (failure.isEmpty()) {
            alert.webhookStatus = WebhookStatus.DELIVERED;
            alert.webhookDeliveredAt = now;
            alert.webhookLastError = null;
            return true;
        }
        alert.webhookAttempts++;
        alert.webhookLastError = failure.get();
        if (alert.webhookAttempts >= config.webhookMaxAttempts()) {
            alert.webhookStatus = WebhookStatus.FAILED;
            Log.errorf("Overdue alert %s not delivered after %d attempts: %s", alert.id, alert.webhookAttempts,
                    failure.get());
        }
        return false;
    }

    Payload payload(ReviewAlert alert) {
        ReviewItem item = items.findById(alert.reviewItemId);
        // Who answers for the channel now, not when the alert was raised: the alert goes to whoever is on duty.
        Optional<ChannelFacts> channel = thresholds.forChannel(alert.channelId).channel();
        String name = channel.map(ChannelFacts::name).orElse(null);
        StringBuilder summary = new StringBuilder("Ett inlägg i kanalen ")
                .append(name == null ? alert.channelId.toString() : name)
                .append(" har väntat på granskning i ")
                .append(hours(alert.workingAgeSeconds == null ? alert.ageSeconds : alert.workingAgeSeconds))
                .append(" arbetstimmar; gränsen är ").append(hours(alert.thresholdSeconds)).append(" arbetstimmar.");
        switch (alert.thresholdSource) {
            case DEFAULT_REGISTRY_UNAVAILABLE -> summary.append(" Kanalregistret kunde inte nås, så standardgränsen"
                    + " användes i stället för kanalens egen.");
            case DEFAULT_CHANNEL_NOT_IN_REGISTRY -> summary.append(" Kanalen finns inte i kanalregistret, så"
                    + " standardgränsen användes.");
            default -> {
            }
        }
        if (channel.isEmpty()) {
            summary.append(" Ansvarig och ersättare kunde inte hämtas från kanalregistret.");
        }
        return new Payload("REVIEW_OVERDUE", alert.id, alert.channelId, name, alert.reviewItemId,
                item == null ? null : item.itemId, item == null ? null : item.platformCreatedAt, alert.raisedAt,
                alert.ageSeconds, alert.workingAgeSeconds, alert.thresholdSeconds, alert.thresholdSource,
                channel.map(c -> Person.of(c.responsible())).orElse(null),
                channel.map(c -> Person.of(c.deputy())).orElse(null), summary.toString());
    }

    private Optional<String> send(Payload payload) {
        URI url = config.webhookUrl().orElseThrow();
        byte[] body;
        try {
            body = json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            return Optional.of("payload not writable: " + e.getOriginalMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", payload.alertId().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("webhook answered " + status);
        } catch (IOException e) {
            return Optional.of("webhook not reachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while waiting for the webhook");
        }
    }

    private static String hours(long seconds) {
        long tenths = Math.round(seconds / 360.0);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
    }
}
