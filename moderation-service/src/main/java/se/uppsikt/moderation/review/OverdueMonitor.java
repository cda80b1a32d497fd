package se.uppsikt.moderation.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Raises one alert per item left unreviewed beyond its channel's threshold (req. 15): a recorded event the
 * supervision report counts, and the metric {@code uppsikt.review.overdue.alerts} that operations alert on.
 */
@ApplicationScoped
public class OverdueMonitor {

    private final ReviewItemRepository items;
    private final ReviewAlertRepository alerts;
    private final ReviewConfig config;
    private final MeterRegistry meters;
    private final Clock clock;

    public OverdueMonitor(ReviewItemRepository items, ReviewAlertRepository alerts, ReviewConfig config,
            MeterRegistry meters, Clock clock) {
        this.items = items;
        this.alerts = alerts;
        this.config = config;
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

    /** Alerts for what is overdue at {@code now}; returns how many alerts were raised. */
    @Transactional
    public int check(Instant now) {
        int raised = 0;
        Instant cutoff = now.minus(config.shortestThreshold());
        for (ReviewItem item : items.unalertedPublishedBefore(cutoff)) {
            Duration threshold = config.thresholdFor(item.channelId);
            Duration age = item.age(now);
            if (age.compareTo(threshold) > 0) {
                alerts.persist(alert(item, threshold, age, now));
                meters.counter("uppsikt.review.overdue.alerts", "channel", item.channelId.toString()).increment();
                Log.warnf("Review item %s in channel %s unreviewed for %s (threshold %s)", item.id, item.channelId,
                        age, threshold);
                raised++;
            }
        }
        return raised;
    }

    private static ReviewAlert alert(ReviewItem item, Duration threshold, Duration age, Instant now) {
        ReviewAlert alert = new ReviewAlert();
        alert.id = UUID.randomUUID();
        alert.reviewItemId = item.id;
        alert.channelId = item.channelId;
        alert.thresholdSeconds = threshold.toSeconds();
        alert.ageSeconds = age.toSeconds();
        alert.raisedAt = now;
        return alert;
    }
}
