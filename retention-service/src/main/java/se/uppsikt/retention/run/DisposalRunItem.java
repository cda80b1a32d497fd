package se.uppsikt.retention.run;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import se.uppsikt.retention.decision.Direction;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.Visibility;

/** One candidate of a run with the verdict of the dry run and, once executed, the archive's outcome. */
@Entity
@Table(name = "disposal_run_item")
@IdClass(DisposalRunItem.Key.class)
public class DisposalRunItem {

    @Id
    @Column(name = "run_id")
    public UUID runId;

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "channel_id", nullable = false)
    public UUID channelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(name = "content_sha256")
    public String contentSha256;

    @Column(name = "trigger_at")
    public Instant triggerAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "governing_decision_id")
    public UUID governingDecisionId;

    @Column(nullable = false)
    public boolean eligible;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion_reason")
    public ExclusionReason exclusionReason;

    @Enumerated(EnumType.STRING)
    public ItemOutcome outcome;

    @Column(name = "outcome_sha256")
    public String outcomeSha256;

    @Column(name = "batch_no")
    public Integer batchNo;

    @Column(name = "executed_at")
    public Instant executedAt;

    /** The composite key: an item appears at most once per run. */
    public static class Key implements Serializable {

        public UUID runId;
        public UUID itemId;

        public Key() {
        }

        public Key(UUID runId, UUID itemId) {
            this.runId = runId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(runId, k.runId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, itemId);
        }
    }
}
