package se.uppsikt.moderation.review.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.moderation.review.ThresholdSource;

/**
 * One channel's supervision state: how many items wait, how old the oldest is (calendar and working time), and its
 * threshold in working time with where it came from.
 */
public record ChannelQueueView(UUID channelId, long unreviewed, Instant oldestPublishedAt, long oldestAgeSeconds,
        long oldestWorkingAgeSeconds, long thresholdSeconds, ThresholdSource thresholdSource, boolean overdue) {
}
