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
        int currentVersion, List<VersionView> versions, List<VisibilityChangeView> visibilityHistory,
        PlatformState platformState) {

    public record Author(String handle, String displayName, String platformUserId) {
    }

    /**
     * What the archive knows of the item on its platform: HIDDEN or REMOVED_FROM_PLATFORM by a takedown, or
     * DELETED_ON_PLATFORM ("borttaget på plattformen") as a capture noticed it, with when; null while it is there as far
     * as the archive knows. The archived item is kept either way.
     */
    public record PlatformState(String state, Instant noticedAt, String source) {
    }

    public static ItemView of(Item i, List<VersionView> versions, List<VisibilityChangeView> history,
            PlatformState platformState) {
        return new ItemView(i.id, i.channelId, i.platform, i.platformItemId, i.kind, i.direction,
                i.parentPlatformItemId, i.parentItemId, i.threadRootItemId,
                new Author(i.authorHandle, i.authorDisplayName, i.authorPlatformUserId), i.platformCreatedAt,
                i.capturedAt, i.visibility, i.secrecyProvision, i.currentVersion, versions, history,
                platformState);
    }
}
