package se.uppsikt.retention.archive;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.uppsikt.retention.decision.Direction;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.Visibility;

/** One archived record the archive offers for disposal (contracts §3): facts and hash, never content. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Candidate(UUID itemId, UUID channelId, ItemKind kind, Direction direction, Visibility visibility,
        Instant platformCreatedAt, Instant capturedAt, String contentSha256, boolean held) {
}
