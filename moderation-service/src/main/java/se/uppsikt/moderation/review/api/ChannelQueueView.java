package se.uppsikt.moderation.review.api;

import java.time.Instant;
import java.util.UUID;

/** One channel's supervision state: how many items wait, how old the oldest is, and its threshold. */
public record ChannelQueueView(UUID channelId, long unreviewed, Instant oldestPublishedAt, long oldestAgeSeconds,
        long thresholdSeconds, boolean overdue) {
}
