package se.uppsikt.archive.search.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;
import se.uppsikt.archive.item.Visibility;

/** An item found by the internal search, with the text of its current version. */
public record SearchHit(UUID itemId, UUID channelId, Platform platform, ItemKind kind, Direction direction,
        Visibility visibility, String authorHandle, String authorDisplayName, Instant platformCreatedAt, String text,
        String contentSha256) {
}
