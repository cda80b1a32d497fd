package se.uppsikt.archive.disposal.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Visibility;

/**
 * Which items a retention run may dispose of. An empty list does not restrict; {@code after} is the {@code next} of
 * the previous page (keyset by item id), so a run pages through millions of items without loading them.
 */
public record CandidatesRequest(
        List<@NotNull(message = "a channel id must not be null") UUID> channelIds,
        List<@NotNull(message = "a kind must not be null") ItemKind> kinds,
        List<@NotNull(message = "a direction must not be null") Direction> directions,
        List<@NotNull(message = "a visibility must not be null") Visibility> visibilities,
        Instant createdBefore,
        Instant capturedBefore,
        UUID after,
        @NotNull(message = "limit is required, 1 to 1000") @Min(value = 1, message = "limit must be 1 to 1000") @Max(value = 1000, message = "limit must be 1 to 1000") Integer limit) {

    public CandidatesRequest {
        channelIds = channelIds == null ? List.of() : channelIds;
        kinds = kinds == null ? List.of() : kinds;
        directions = directions == null ? List.of() : directions;
        visibilities = visibilities == null ? List.of() : visibilities;
    }
}
