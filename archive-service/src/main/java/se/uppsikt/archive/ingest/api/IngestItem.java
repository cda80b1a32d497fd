package se.uppsikt.archive.ingest.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/**
 * One item as captured from its platform. {@code parentPlatformItemId} is the platform's id of the post or comment
 * this one replies to; it is linked when that parent is in the archive or in the same batch. {@code rawPayload} is
 * the platform's JSON exactly as received, kept as a blob.
 */
public record IngestItem(
        @NotNull(message = "channelId is required") UUID channelId,
        @NotNull(message = "platform is required") Platform platform,
        @NotBlank(message = "platformItemId is required") @Size(max = 200, message = "platformItemId is at most 200 characters") String platformItemId,
        @Size(max = 200, message = "parentPlatformItemId is at most 200 characters") String parentPlatformItemId,
        @NotNull(message = "kind is required") ItemKind kind,
        @NotNull(message = "direction is required: OUTBOUND for the authority's own, INBOUND from others") Direction direction,
        @Valid Author author,
        @NotNull(message = "platformCreatedAt is required") Instant platformCreatedAt,
        Instant platformEditedAt,
        @Size(max = 100000, message = "text is at most 100000 characters") String text,
        @Size(max = 50, message = "at most 50 media per item") List<@NotNull(message = "a media entry must not be null") @Valid MediaInput> media,
        Map<String, Object> rawPayload,
        @Size(max = 2000, message = "sourceUrl is at most 2000 characters") String sourceUrl) {

    public IngestItem {
        media = media == null ? List.of() : media;
    }

    /** Who wrote the item, as the platform names them. */
    public record Author(
            @Size(max = 200, message = "handle is at most 200 characters") String handle,
            @Size(max = 400, message = "displayName is at most 400 characters") String displayName,
            @Size(max = 200, message = "platformUserId is at most 200 characters") String platformUserId) {
    }

    /**
     * A media object. {@code contentBase64} carries the bytes when the capture downloaded them (they are then kept in
     * the archive); without it only the reference is kept.
     */
    public record MediaInput(
            @NotBlank(message = "mediaType is required, e.g. image/jpeg") @Size(max = 200, message = "mediaType is at most 200 characters") String mediaType,
            @Size(max = 2000, message = "sourceUrl is at most 2000 characters") String sourceUrl,
            String contentBase64) {
    }
}
