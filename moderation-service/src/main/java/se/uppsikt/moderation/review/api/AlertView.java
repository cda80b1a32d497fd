package se.uppsikt.moderation.review.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.moderation.review.ReviewAlert;
import se.uppsikt.moderation.review.ThresholdSource;
import se.uppsikt.moderation.review.WebhookStatus;

/**
 * An overdue alert as responsible persons and auditors see it. {@code ageSeconds} is calendar time since
 * publication, {@code workingAgeSeconds} the working time the threshold is measured against.
 */
public record AlertView(UUID id, UUID reviewItemId, UUID channelId, long thresholdSeconds,
        ThresholdSource thresholdSource, long ageSeconds, Long workingAgeSeconds, Instant raisedAt,
        WebhookStatus webhookStatus, Instant webhookDeliveredAt) {

    public static AlertView of(ReviewAlert a) {
        return new AlertView(a.id, a.reviewItemId, a.channelId, a.thresholdSeconds, a.thresholdSource, a.ageSeconds,
                a.workingAgeSeconds, a.raisedAt, a.webhookStatus, a.webhookDeliveredAt);
    }
}
