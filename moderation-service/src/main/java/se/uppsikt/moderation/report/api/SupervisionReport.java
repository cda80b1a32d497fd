package se.uppsikt.moderation.report.api;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly supervision report per channel (req. 28): how much of what came in was reviewed within the channel's
 * threshold, and which decisions were taken, by reason and by moderator, so the body can show that it treats like
 * cases alike (RF 1 kap. 9 §).
 */
public record SupervisionReport(YearMonth month, String timeZone, Instant generatedAt, List<ChannelMonth> channels) {

    public record ChannelMonth(UUID channelId, long thresholdSeconds, long itemsReceived, long reviewed,
            long reviewedWithinThreshold, double shareReviewedWithinThreshold, long overdueAlerts,
            Map<String, Long> decisionsByOutcome, Map<String, Long> removalsAndBlocksByReason,
            Map<String, Long> decisionsByModerator) {
    }
}
