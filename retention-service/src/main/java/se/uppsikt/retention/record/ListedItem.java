package se.uppsikt.retention.record;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.retention.decision.ItemKind;

/**
 * One row of the record's item list: an item the run disposed of, or one it did not dispose of for a reason the
 * record must show (held, preserved, secret, or what the archive answered). {@code result} is the outcome of
 * execution or, for items excluded by the dry run, the exclusion reason.
 */
public record ListedItem(UUID itemId, UUID channelId, ItemKind kind, String result, String contentSha256,
        Instant triggerAt, UUID governingDecisionId) {

    public boolean disposed() {
        return "DISPOSED".equals(result);
    }
}
