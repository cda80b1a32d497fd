package se.uppsikt.retention.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.record.RecordSummary.ChannelKindCount;
import se.uppsikt.retention.record.RecordSummary.DecisionReference;
import se.uppsikt.retention.record.RecordSummary.ItemListReference;
import se.uppsikt.retention.record.RecordSummary.NotDestroyed;
import se.uppsikt.retention.record.RecordSummary.Registration;

/**
 * The shape of the gallringsprotokoll as JSON (requirement 55): the summary's fields plus every item by id and hash,
 * never content. It documents the API only: the response is streamed page by page from the database and never
 * exists as one object, so a run of any size is read in bounded memory.
 */
@Schema(name = "DisposalRecord", description = "Gallringsprotokoll: what a run destroyed, under which decision, proven by hashes")
public record DisposalRecord(UUID runId, DecisionReference decision, String createdBy, Instant createdAt,
        String approvedBy, Instant approvedAt, String executedBy, Instant executionStartedAt, Instant executedAt,
        long candidates, long eligible, Map<String, Long> outcomes, Map<String, Long> exclusions,
        Map<String, Long> skippedByReason, List<ChannelKindCount> perChannelAndKind,
        List<NotDestroyed> notDestroyed, long disposedWithoutChecksum, String copiesDestroyed,
        String copiesOutsideReach, List<ItemKind> recordTypesCovered, String recordTypesNotCovered,
        ItemListReference itemList, Registration registration, List<DisposedItem> disposed,
        List<SkippedItem> skipped) {

    public record DisposedItem(UUID itemId, UUID channelId, ItemKind kind, String contentSha256, Instant triggerAt,
            UUID governingDecisionId) {

        static DisposedItem of(ListedItem i) {
            return new DisposedItem(i.itemId(), i.channelId(), i.kind(), i.contentSha256(), i.triggerAt(),
                    i.governingDecisionId());
        }
    }

    /** An item not disposed of: an exclusion of the dry run or an outcome of execution, with its reason. */
    public record SkippedItem(UUID itemId, UUID channelId, ItemKind kind, String reason) {

        static SkippedItem of(ListedItem i) {
            return new SkippedItem(i.itemId(), i.channelId(), i.kind(), i.result());
        }
    }
}
