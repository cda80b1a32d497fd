package se.uppsikt.archive.disposal.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Visibility;

/** One page of candidates, ordered by item id; {@code next} is null on the last page. */
public record CandidatesPage(List<Candidate> items, UUID next) {

    public record Candidate(UUID itemId, UUID channelId, ItemKind kind, Direction direction, Visibility visibility,
            Instant platformCreatedAt, Instant capturedAt, String contentSha256, boolean held) {
    }
}
