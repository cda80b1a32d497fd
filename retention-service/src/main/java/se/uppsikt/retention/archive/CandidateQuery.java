package se.uppsikt.retention.archive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.retention.decision.Direction;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.Visibility;

/** The body of {@code POST /api/v1/disposals/candidates}: an empty list does not restrict; keyset by item id. */
public record CandidateQuery(List<UUID> channelIds, List<ItemKind> kinds, List<Direction> directions,
        List<Visibility> visibilities, Instant createdBefore, Instant capturedBefore, UUID after, int limit) {

    public CandidateQuery next(UUID cursor) {
        return new CandidateQuery(channelIds, kinds, directions, visibilities, createdBefore, capturedBefore, cursor,
                limit);
    }
}
