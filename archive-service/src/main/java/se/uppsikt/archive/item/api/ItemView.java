package se.uppsikt.archive.item.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.visibility.api.VisibilityChangeView;

/** An item with every version, oldest first, and its visibility history. */
public record ItemView(UUID id, UUID channelId, Platform platform, String platformItemId, ItemKind kind,
        Direction direction, String parentPlatformItemId, UUID parentItemId, UUID threadRootItemId, Author author,
        Instant platformCreatedAt, Instant capturedAt, Visibility visibility, String secrecyProvision,
        int currentVersion, List<VersionView> versions, List<VisibilityChangeView> visibilityHistory) {

    public record Author(String handle, String displayName, String platformUserId) {
    }

    public static ItemView of(Item i, List<VersionView> versions, List<VisibilityChangeView> history) {
        return new ItemView(i.id, i.channelId, i.platform, i.platformItemId, i.kind, i.direction,
                i.parentPlatformItemId, i.parentItemId, i.threadRootItemId,
                new Author(i.authorHandle, i.authorDisplayName, i.authorPlatformUserId), i.platformCreatedAt,
                i.capturedAt, i.visibility, i.secrecyProvision, i.currentVersion, versions, history);
    }
}
