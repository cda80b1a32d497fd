package se.uppsikt.moderation.review.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewStatus;
import se.uppsikt.moderation.review.ThresholdSource;

/**
 * A review item as the queue shows it, with its age (calendar and working time) and whether its working age has
 * passed its channel's threshold.
 */
public record ReviewItemView(UUID id, UUID itemId, UUID channelId, UUID threadRootItemId, UUID parentItemId,
        String platformItemId, String kind, String authorHandle, Instant platformCreatedAt, String text,
        ReviewStatus status, String assignedTo, Instant assignedAt, String firstReviewedBy, Instant firstReviewedAt,
        boolean secret, long ageSeconds, long workingAgeSeconds, long thresholdSeconds,
        ThresholdSource thresholdSource, boolean overdue) {

    /** Text of an item marked secret is never shown in lists; it is read through the audited detail view. */
    public static ReviewItemView of(ReviewItem r, long ageSeconds, long workingAgeSeconds, long thresholdSeconds,
            ThresholdSource thresholdSource, boolean showSecretText) {
        String text = r.secret && !showSecretText ? null : r.text;
        return new ReviewItemView(r.id, r.itemId, r.channelId, r.threadRootItemId, r.parentItemId, r.platformItemId,
                r.kind, r.authorHandle, r.platformCreatedAt, text, r.status, r.assignedTo, r.assignedAt,
                r.firstReviewedBy, r.firstReviewedAt, r.secret, ageSeconds, workingAgeSeconds, thresholdSeconds,
                thresholdSource, r.status == ReviewStatus.UNREVIEWED && workingAgeSeconds > thresholdSeconds);
    }
}
