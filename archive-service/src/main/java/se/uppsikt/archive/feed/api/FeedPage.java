package se.uppsikt.archive.feed.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.item.ItemKind;

/** A page of the inbound feed; {@code nextCursor} is the cursor of the last item, or {@code after} when empty. */
public record FeedPage(List<FeedItem> items, long nextCursor) {

    public record FeedItem(long cursor, UUID itemId, UUID channelId, String platformItemId, UUID parentItemId,
            UUID threadRootItemId, ItemKind kind, String authorHandle, Instant platformCreatedAt, String text) {
    }
}
