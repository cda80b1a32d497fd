package se.uppsikt.moderation.review.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.moderation.review.ReviewAlert;

/** An overdue alert as responsible persons and auditors see it. */
public record AlertView(UUID id, UUID reviewItemId, UUID channelId, long thresholdSeconds, long ageSeconds,
        Instant raisedAt) {

    public static AlertView of(ReviewAlert a) {
        return new AlertView(a.id, a.reviewItemId, a.channelId, a.thresholdSeconds, a.ageSeconds, a.raisedAt);
    }
}
