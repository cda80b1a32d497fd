package se.uppsikt.archive.disclosure;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import se.uppsikt.commons.api.PageView;

/**
 * A request for utlämnande of allmänna handlingar (an {@code AccessRequest} in the domain model). Never serialised: the
 * API speaks {@code DisclosureView}.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

    @Id
    public UUID id;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public String requester;

    public String description;

    @Column(name = "handling_official", nullable = false)
    public String handlingOfficial;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "scope_channel_id")
    public UUID scopeChannelId;

    @Column(name = "scope_period_from")
    public Instant scopePeriodFrom;

    @Column(name = "scope_period_to")
    public Instant scopePeriodTo;

    @Column(name = "scope_text")
    public String scopeText;

    @Column(name = "scope_author_handle")
    public String scopeAuthorHandle;

    @Column(name = "scope_registration_number")
    public String scopeRegistrationNumber;

    @ElementCollection
    @CollectionTable(name = "disclosure_request_item", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "item_id", nullable = false)
    @BatchSize(size = PageView.MAX_SIZE)
    public Set<UUID> requestedItemIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "disclosure_item", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "item_id", nullable = false)
    @BatchSize(size = PageView.MAX_SIZE)
    public Set<UUID> itemIds = new HashSet<>();

    @Column(name = "hold_id")
    public UUID holdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureStatus status;

    @Enumerated(EnumType.STRING)
    public DisclosureOutcome outcome;

    public String reservation;

    @Column(name = "decision_document_reference")
    public String decisionDocumentReference;

    @Column(name = "decision_maker")
    public String decisionMaker;

    @Column(name = "appeal_notice")
    public String appealNotice;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "appeal_deadline")
    public Instant appealDeadline;

    @Column(name = "appeal_lodged_at")
    public Instant appealLodgedAt;

    @Column(name = "appeal_recorded_by")
    public String appealRecordedBy;

    @Column(name = "appeal_hold_id")
    public UUID appealHoldId;

    @Column(name = "appeal_decided_at")
    public Instant appealDecidedAt;

    @Column(name = "appeal_outcome")
    public String appealOutcome;

    @Column(name = "holds_released_at")
    public Instant holdsReleasedAt;

    @Version
    public long version;
}
