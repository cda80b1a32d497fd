package se.uppsikt.archive.ingest.api;

import java.util.List;
import java.util.UUID;

/** One result per item of the batch, in the order of the request. */
public record IngestResponse(List<Result> results) {

    public record Result(int index, UUID itemId, String platformItemId, IngestOutcome outcome, int versionNo,
            String contentSha256) {
    }
}
