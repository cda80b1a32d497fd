package se.uppsikt.archive.chain.api;

import java.time.Instant;
import java.util.UUID;

/** A fixity run: how many blobs were re-hashed and how many were changed or missing. */
public record FixityRunView(UUID runId, Instant startedAt, Instant finishedAt, long checked, long mismatched,
        long missing) {
}
