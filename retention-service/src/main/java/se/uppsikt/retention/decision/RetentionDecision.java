package se.uppsikt.retention.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A retention decision (gallringsbeslut): the legal ground on which allmänna handlingar within its scope may be
 * disposed of once the retention period, counted from the trigger, has passed. Without one, nothing may be
 * disposed of (arkivlagen 10 §).
 * <p>
 * A decision is never deleted, and its scope never shrinks or grows once registered: it is the legal basis of every
 * disposal record (gallringsprotokoll) made under it, and those records must keep proving, for as long as they are
 * kept, that each disposal was lawful. A decision that no longer applies is ended by its {@code validTo}, not removed.
 * The database enforces this with triggers. Never serialised: the API speaks {@code RetentionDecisionView}.
 */
@Entity
@Table(name = "retention_decision")
public class RetentionDecision {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_body_type", nullable = false)
    public DecidingBodyType decidingBodyType;

    @Column(name = "deciding_body", nullable = false)
    public String decidingBody;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** ISO-8601, as {@link java.time.Period#toString()} prints it. */
    @Column(name = "retention_period", nullable = false)
    public String retentionPeriod;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_trigger", nullable = false)
    public RetentionTrigger retentionTrigger;

    @Column(name = "trigger_criterion")
    public String triggerCriterion;

    public String conditions;

    @Column(name = "document_url")
    public String documentUrl;

    public String exceptions;

    @Column(name = "requires_approval", nullable = false)
    public boolean requiresApproval = true;

    @Column(name = "document_name")
    public String documentName;

    @Column(name = "document_media_type")
    public String documentMediaType;

    /** Hex SHA-256 of {@link #documentContent}, so the record can prove which document it relied on. */
    @Column(name = "document_sha256")
    public String documentSha256;

    // lazy: lists and runs read decisions often and the document almost never
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document_content")
    public byte[] documentContent;

    @ElementCollection
    @CollectionTable(name = "retention_decision_authority", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "authority_id", nullable = false)
    public Set<UUID> authorityIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "retention_decision_channel", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "channel_id", nullable = false)
    public Set<UUID> channelIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "retention_decision_platform", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "platform", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<Platform> platforms = new LinkedHashSet<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "retention_decision_item_kind", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "item_kind", nullable = false)
    public Set<ItemKind> itemKinds = new LinkedHashSet<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "retention_decision_direction", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "direction", nullable = false)
    public Set<Direction> directions = new LinkedHashSet<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "retention_decision_visibility", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "visibility", nullable = false)
    public Set<Visibility> visibilities = new LinkedHashSet<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "retention_decision_preserved_kind", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "item_kind", nullable = false)
    public Set<ItemKind> preservedItemKinds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "retention_decision_preserved_classification", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "classification_code", nullable = false)
    public Set<String> preservedClassificationCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "retention_decision_classification", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "classification_code", nullable = false)
    public Set<String> classificationCodes = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The decision as the disposal rules read it, detached from the persistence context. */
    public DecisionRule toRule() {
        return new DecisionRule(id, reference, validFrom, validTo, Period.parse(retentionPeriod), retentionTrigger,
                Set.copyOf(authorityIds), Set.copyOf(channelIds), Set.copyOf(platforms), Set.copyOf(itemKinds),
                Set.copyOf(directions), Set.copyOf(visibilities), Set.copyOf(classificationCodes),
                Set.copyOf(preservedItemKinds), Set.copyOf(preservedClassificationCodes), requiresApproval);
    }
}
