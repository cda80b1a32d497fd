package se.uppsikt.moderation.decision;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.uppsikt.moderation.reason.ReasonGroup;

/**
 * One moderation decision as taken (req. 21): inserted once, never updated (a database trigger rejects it). The reason's
 * legal reference and catalogue version are copied in at decision time (req. 18, 31).
 */
@Entity
@Table(name = "moderation_decision")
public class ModerationDecision {

    @Id
    public UUID id;

    @Column(name = "review_item_id", nullable = false)
    public UUID reviewItemId;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "channel_id", nullable = false)
    public UUID channelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public Outcome outcome;

    @Column(name = "catalogue_version")
    public Integer catalogueVersion;

    @Column(name = "reason_code")
    public String reasonCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_group")
    public ReasonGroup reasonGroup;

    @Column(name = "legal_reference")
    public String legalReference;

    @Column(name = "motivation")
    public String motivation;

    @Column(name = "answer_text")
    public String answerText;

    @Column(name = "answer_platform_id")
    public String answerPlatformId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "case_title")
    public String caseTitle;

    @Column(name = "secrecy_provision")
    public String secrecyProvision;

    @Column(name = "report_reference")
    public String reportReference;

    @Column(name = "police_report_pending", nullable = false)
    public boolean policeReportPending;

    @Column(name = "corrects_decision_id")
    public UUID correctsDecisionId;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "execution", nullable = false)
    public Execution execution;

    @Column(name = "execution_detail")
    public String executionDetail;

    @Column(name = "takedown_id")
    public UUID takedownId;

    /** The archive's evidence hashes, comma-separated, as the takedown answer listed them. */
    @Column(name = "evidence_sha256")
    public String evidenceSha256;

    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "approves_decision_id")
    public UUID approvesDecisionId;

    @Column(name = "approved_by")
    public String approvedBy;
}
