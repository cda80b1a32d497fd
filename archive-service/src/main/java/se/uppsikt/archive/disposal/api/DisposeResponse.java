package se.uppsikt.archive.disposal.api;

import java.util.List;
import java.util.UUID;

/** One result per distinct item id, in the order of the request. */
public record DisposeResponse(List<Result> results) {

    public record Result(UUID itemId, DisposalOutcome outcome, String contentSha256) {
    }
}
