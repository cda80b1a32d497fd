package se.uppsikt.retention.archive;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/v1/disposals}: the archive treats (runId, itemId) as an idempotency key. */
record DisposeRequest(UUID runId, String decisionReference, List<UUID> itemIds) {
}
