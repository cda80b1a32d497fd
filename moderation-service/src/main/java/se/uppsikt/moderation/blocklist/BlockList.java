package se.uppsikt.moderation.blocklist;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.moderation.blocklist.api.BlockListEntryView;

/** Channels' block lists: entries are added by executed BLOCK_USER decisions and are never removed. */
@ApplicationScoped
public class BlockList {

    private final BlockListRepository entries;

    public BlockList(BlockListRepository entries) {
        this.entries = entries;
    }

    /** Called in the decision's transaction, so an executed block and its entry commit together. */
    public void add(UUID decisionId, UUID channelId, UUID reviewItemId, UUID itemId, String authorHandle,
            String reasonCode, String legalReference, String decidedBy, String approvedBy,
            Instant blockedAt) {
        BlockListEntry e = new BlockListEntry();
        e.id = UUID.randomUUID();
        e.decisionId = decisionId;
        e.channelId = channelId;
        e.reviewItemId = reviewItemId;
        e.itemId = itemId;
        e.authorHandle = authorHandle;
        e.reasonCode = reasonCode;
        e.legalReference = legalReference;
        e.decidedBy = decidedBy;
        e.approvedBy = approvedBy;
        e.blockedAt = blockedAt;
        entries.persist(e);
    }

    public PageView<BlockListEntryView> forChannel(UUID channelId, int page, int size) {
        return new PageView<>(entries.listByChannel(channelId, page, size).stream().map(BlockListEntryView::of)
                .toList(), page, size, entries.countByChannel(channelId));
    }
}
