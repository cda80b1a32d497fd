package se.uppsikt.moderation.blocklist.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.moderation.blocklist.BlockListEntry;

/** One block as recorded: who, in which channel, on what ground, by which decision and whom. */
public record BlockListEntryView(UUID id, UUID channelId, UUID decisionId, UUID reviewItemId, UUID itemId,
        String authorHandle, String reasonCode, String legalReference, String decidedBy, String approvedBy,
        Instant blockedAt) {

    public static BlockListEntryView of(BlockListEntry e) {
        return new BlockListEntryView(e.id, e.channelId, e.decisionId, e.reviewItemId, e.itemId, e.authorHandle,
                e.reasonCode, e.legalReference, e.decidedBy, e.approvedBy, e.blockedAt);
    }
}
