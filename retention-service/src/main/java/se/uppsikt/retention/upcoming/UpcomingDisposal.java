package se.uppsikt.retention.upcoming;

import java.time.Instant;
import java.util.UUID;

/**
 * Records of one channel that one decision will allow disposing of within the horizon: already due (waiting for a
 * run) and coming due, with the first due date still ahead. Held, secret and "bevaras" records are not counted.
 */
public record UpcomingDisposal(UUID channelId, UUID decisionId, String decisionReference, long dueNow,
        long comingDue, Instant nextDueAt) {
}
