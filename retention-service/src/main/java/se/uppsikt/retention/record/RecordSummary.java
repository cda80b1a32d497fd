package se.uppsikt.retention.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.uppsikt.retention.decision.ItemKind;

/**
 * Everything of a gallringsprotokoll except the item list, computed with SQL aggregates: its size does not grow with
 * the run. The item list (ids, kinds, hashes, reasons) is streamed from the database separately, as the
 * {@code disposed}/{@code skipped} arrays of the JSON record and as the CSV list whose SHA-256 the PDF/A prints.
 */
public record RecordSummary(UUID runId, DecisionReference decision, String createdBy, Instant createdAt,
        String approvedBy, Instant approvedAt, String executedBy, Instant executionStartedAt, Instant executedAt,
        long candidates, long eligible, Map<String, Long> outcomes, Map<String, Long> exclusions,
        Map<String, Long> skippedByReason, List<ChannelKindCount> perChannelAndKind,
        List<NotDestroyed> notDestroyed, long disposedWithoutChecksum, String copiesDestroyed,
        String copiesOutsideReach, List<ItemKind> recordTypesCovered, String recordTypesNotCovered,
        ItemListReference itemList, Registration registration) {

    public long disposed() {
        return outcomes.getOrDefault("DISPOSED", 0L);
    }

    public record DecisionReference(UUID id, String reference, String decidingBody, String legalBasis,
            String retentionPeriod, String retentionTrigger, String documentSha256) {
    }

    public record ChannelKindCount(UUID channelId, ItemKind kind, long disposed, long skipped) {
    }

    /**
     * Items the run sent for disposal and the archive did not destroy (or this service held back at execution),
     * by the archive's answer, with what that answer means for the record (requirement 56).
     */
    public record NotDestroyed(String outcome, long count, String meaning) {
    }

    /** Where the complete item list is: the CSV that the registration carries or that the PDF/A refers to by hash. */
    public record ItemListReference(String name, String mediaType, String href, long rows) {
    }

    public record Registration(UUID registrationId, String status, String registrationNumber) {
    }
}
