package se.uppsikt.archive.disclosure.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the requester asks for: a channel (optionally within a period), search criteria as in the archive search, and/or
 * named items. The criteria given are combined with "and"; named items are added to what they find. At least one
 * criterion or item is required.
 */
public record DisclosureScope(
        UUID channelId,
        Instant periodFrom,
        Instant periodTo,
        @Size(max = 500, message = "text is at most 500 characters") String text,
        @Size(max = 200, message = "authorHandle is at most 200 characters") String authorHandle,
        @Size(max = 64, message = "registrationNumber is at most 64 characters") String registrationNumber,
        @Size(max = 1000, message = "at most 1000 itemIds per request") Set<@NotNull(message = "an item id must not be null") UUID> itemIds) {

    public DisclosureScope {
        itemIds = itemIds == null ? Set.of() : itemIds;
    }

    // Not bean getters, so that they stay out of the JSON and the OpenAPI schema.
    public boolean searches() {
        return !blank(text) || !blank(authorHandle) || !blank(registrationNumber);
    }

    public boolean namesNothing() {
        return channelId == null && !searches() && itemIds.isEmpty() && periodFrom == null && periodTo == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
