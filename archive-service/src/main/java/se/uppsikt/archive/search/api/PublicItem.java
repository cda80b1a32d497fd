package se.uppsikt.archive.search.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/** A published item as anyone may see it: no visibility, no hashes, no platform user ids. */
public record PublicItem(UUID itemId, UUID channelId, Platform platform, ItemKind kind, String authorDisplayName,
        Instant platformCreatedAt, String text) {

    public static PublicItem of(SearchHit h) {
        return new PublicItem(h.itemId(), h.channelId(), h.platform(), h.kind(), h.authorDisplayName(),
                h.platformCreatedAt(), h.text());
    }
}
