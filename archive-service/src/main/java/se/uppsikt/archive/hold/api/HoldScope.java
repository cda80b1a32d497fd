package se.uppsikt.archive.hold.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a hold covers: every item of the named channels (within the hold's period, when it has one) and the named
 * items themselves. Either list may be left out, but not both.
 */
public record HoldScope(
        @Size(max = 1000, message = "at most 1000 channelIds per hold") Set<@NotNull(message = "a channel id must not be null") UUID> channelIds,
        @Size(max = 1000, message = "at most 1000 itemIds per hold") Set<@NotNull(message = "an item id must not be null") UUID> itemIds) {

    public HoldScope {
        channelIds = channelIds == null ? Set.of() : channelIds;
        itemIds = itemIds == null ? Set.of() : itemIds;
    }

    // Not a bean getter, so that it stays out of the JSON and the OpenAPI schema.
    public boolean namesNothing() {
        return channelIds.isEmpty() && itemIds.isEmpty();
    }
}
