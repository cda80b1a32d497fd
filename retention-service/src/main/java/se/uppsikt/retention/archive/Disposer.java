package se.uppsikt.retention.archive;

import java.util.List;
import java.util.UUID;

/** Disposes of items in the archive; the archive re-checks holds itself and is idempotent per (runId, itemId). */
@FunctionalInterface
public interface Disposer {

    List<DisposeOutcome> dispose(UUID runId, String decisionReference, List<UUID> itemIds);
}
