package se.uppsikt.moderation.blocklist;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of a channel's block list (req. 25), written when a BLOCK_USER decision is executed. Inserted once and
 * never changed or deleted: database triggers reject both.
 */
@Entity
@Table(name = "block_list_entry")
public class BlockListEntry {

    @Id
    public UUID id;

    @Column(name = "channel_id", nullable = false, updatable = false)
    public UUID channelId;

    @Column(name = "decision_id", nullable = false, updatable = false)
    public UUID decisionId;

    @Column(name = "review_item_id", nullable = false, updatable = false)
    public UUID reviewItemId;

    @Column(name = "item_id", nullable = false, updatable = false)
    public UUID itemId;

    @Column(name = "author_handle", updatable = false)
    public String authorHandle;

    @Column(name = "reason_code", nullable = false, updatable = false)
    public String reasonCode;

    @Column(name = "legal_reference", nullable = false, updatable = false)
    public String legalReference;

    @Column(name = "decided_by", nullable = false, updatable = false)
    public String decidedBy;

    @Column(name = "approved_by", updatable = false)
    public String approvedBy;

    @Column(name = "blocked_at", nullable = false, updatable = false)
    public Instant blockedAt;
}
