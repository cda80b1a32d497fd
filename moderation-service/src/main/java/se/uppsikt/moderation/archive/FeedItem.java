package se.uppsikt.moderation.archive;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An inbound message as the archive's feed describes it; this service keeps its own copy as a review item. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedItem(long cursor, UUID itemId, UUID channelId, String platformItemId, UUID parentItemId,
        UUID threadRootItemId, String kind, String authorHandle, Instant platformCreatedAt, String text) {
}
