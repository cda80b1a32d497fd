package se.uppsikt.retention.run.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.retention.decision.Direction;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.Visibility;
import se.uppsikt.retention.run.DisposalRunItem;
import se.uppsikt.retention.run.ExclusionReason;
import se.uppsikt.retention.run.ItemOutcome;

/** One candidate of a run: the dry-run verdict and, once executed, the outcome. Hashes only, never content. */
public record RunItemView(UUID itemId, UUID channelId, ItemKind kind, Direction direction, Visibility visibility,
        String contentSha256, Instant triggerAt, Instant dueAt, UUID governingDecisionId, boolean eligible,
        ExclusionReason exclusionReason, ItemOutcome outcome, Integer batchNo, Instant executedAt) {

    public static RunItemView of(DisposalRunItem i) {
        return new RunItemView(i.itemId, i.channelId, i.kind, i.direction, i.visibility,
                i.outcomeSha256 != null ? i.outcomeSha256 : i.contentSha256, i.triggerAt, i.dueAt,
                i.governingDecisionId, i.eligible, i.exclusionReason, i.outcome, i.batchNo, i.executedAt);
    }
}
