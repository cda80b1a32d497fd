package se.uppsikt.retention.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.uppsikt.retention.decision.ItemKind;

/**
 * The gallringsprotokoll of one executed run (requirement 55): under which decision, who approved and executed it,
 * when, how many records per channel and kind, and every record by id and hash. It never holds content: the point
 * is to prove what was destroyed without keeping it.
 */
public record DisposalRecord(UUID runId, DecisionReference decision, String createdBy, Instant createdAt,
        String approvedBy, Instant approvedAt, String executedBy, Instant executionStartedAt, Instant executedAt,
        long candidates, long eligible, Map<String, Long> outcomes, Map<String, Long> exclusions,
        List<ChannelKindCount> perChannelAndKind, List<DisposedItem> disposed, List<SkippedItem> skipped,
        String copiesOutsideReach, Registration registration) {

    public record DecisionReference(UUID id, String reference, String decidingBody, String legalBasis,
            String retentionPeriod, String retentionTrigger, String documentSha256) {
    }

    public record ChannelKindCount(UUID channelId, ItemKind kind, long disposed, long skipped) {
    }

    public record DisposedItem(UUID itemId, UUID channelId, ItemKind kind, String contentSha256, Instant triggerAt,
            UUID governingDecisionId) {
    }

    /** An item not disposed of: an exclusion of the dry run or an outcome of execution, with its reason. */
    public record SkippedItem(UUID itemId, UUID channelId, ItemKind kind, String reason) {
    }

    public record Registration(UUID registrationId, String status, String registrationNumber) {
    }
}
