package se.uppsikt.moderation.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Raises one alert per item left unreviewed beyond its channel's threshold in working time (req. 15): a recorded
 * event the supervision report counts, the metric {@code uppsikt.review.overdue.alerts} that operations alert on,
 * and, when configured, one webhook call naming the responsible person and deputy ({@link AlertWebhook}).
 */
@ApplicationScoped
public class OverdueMonitor {

    private final ReviewItemRepository items;
    private final ReviewAlertRepository alerts;
    private final ReviewThresholds thresholds;
    private final AlertWebhook webhook;
    private final MeterRegistry meters;
    private final Clock clock;

    public OverdueMonitor(ReviewItemRepository items, ReviewAlertRepository alerts, ReviewThresholds thresholds,
            AlertWebhook webhook, MeterRegistry meters, Clock clock) {
        this.items = items;
        this.alerts = alerts;
        this.thresholds = thresholds;
        this.webhook = webhook;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(every = "{review.overdue-check.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            check(clock.instant());
        } catch (RuntimeException e) {
            Log.error("Overdue check failed; the next run checks again", e);
        }
    }

    /**
     * Alerts for what is overdue at {@code now}, then hands every alert not yet delivered to the webhook; returns
     * how many alerts were raised. The alerts commit before any webhook call, so a slow webhook holds no item.
     */
    public int check(Instant now) {
        int raised = QuarkusTransaction.requiringNew().call(() -> record(now));
        webhook.deliverPending(now);
        return raised;
    }

    private int record(Instant now) {
        int raised = 0;
        Instant cutoff = now.minus(ReviewThresholds.SHORTEST_POSSIBLE);
        for (ReviewItem item : items.unalertedPublishedBefore(cutoff)) {
            ReviewThresholds.Threshold threshold = thresholds.forChannel(item.channelId);
            Duration workingAge = thresholds.workingAge(item, now);
            if (workingAge.compareTo(threshold.duration()) > 0) {
                alerts.persist(alert(item, threshold, workingAge, now));
                meters.counter("uppsikt.review.overdue.alerts", "channel", item.channelId.toString()).increment();
                Log.warnf("Review item %s in channel %s unreviewed for %s working time (threshold %s, %s)", item.id,
                        item.channelId, workingAge, threshold.duration(), threshold.source());
                raised++;
            }
        }
        return raised;
    }

    private ReviewAlert alert(ReviewItem item, ReviewThresholds.Threshold threshold, Duration workingAge,
            Instant now) {
        ReviewAlert alert = new ReviewAlert();
        alert.id = UUID.randomUUID();
        alert.reviewItemId = item.id;
        alert.channelId = item.channelId;
        alert.thresholdSeconds = threshold.duration().toSeconds();
        alert.thresholdSource = threshold.source();
        alert.ageSeconds = item.age(now).toSeconds();
        alert.workingAgeSeconds = workingAge.toSeconds();
        alert.raisedAt = now;
        alert.webhookStatus = webhook.configured() ? WebhookStatus.PENDING : WebhookStatus.NOT_CONFIGURED;
        return alert;
    }
}
