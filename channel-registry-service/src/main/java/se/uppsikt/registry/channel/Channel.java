package se.uppsikt.registry.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A social media channel in the förteckning. Flat on purpose: each column is one field of requirement 1 or of the
 * information text, so the change history can name it. Never serialised: the API speaks {@code ChannelView}.
 */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    public UUID id;
    @Column(name = "authority_id", nullable = false)
    public UUID authorityId;
    @Enumerated(EnumType.STRING)
    public Platform platform;
    public String handle;
    public String url;
    public String name;
    public String purpose;
    @Enumerated(EnumType.STRING)
    public Capacity capacity;
    @Column(name = "dialogue_enabled")
    public boolean dialogueEnabled;

    @Column(name = "responsible_name")
    public String responsibleName;
    @Column(name = "responsible_function")
    public String responsibleFunction;
    @Column(name = "responsible_email")
    public String responsibleEmail;
    @Column(name = "responsible_name_public")
    public boolean responsibleNamePublic;
    @Column(name = "deputy_name")
    public String deputyName;
    @Column(name = "deputy_function")
    public String deputyFunction;
    @Column(name = "deputy_email")
    public String deputyEmail;
    @Column(name = "deputy_name_public")
    public boolean deputyNamePublic;

    @Column(name = "supervision_promise")
    public String supervisionPromise;
    @Column(name = "review_threshold_hours")
    public int reviewThresholdHours;
    @Column(name = "capture_interval")
    public String captureInterval;
    @Column(name = "capture_cron")
    public String captureCron;
    @Enumerated(EnumType.STRING)
    @Column(name = "capture_scope")
    public CaptureScope captureScope;
    @Column(name = "classification_code")
    public String classificationCode;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "retention_decision_refs", columnDefinition = "text[]")
    public List<String> retentionDecisionRefs = new ArrayList<>();
    @Column(name = "terms_reviewed_on")
    public LocalDate termsReviewedOn;
    @Column(name = "terms_reviewed_by")
    public String termsReviewedBy;
    @Column(name = "terms_risk_note")
    public String termsRiskNote;
    @Column(name = "joint_controller")
    public boolean jointController;
    @Column(name = "joint_controller_notice_url")
    public String jointControllerNoticeUrl;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Enumerated(EnumType.STRING)
    public ChannelStatus status;

    @Column(name = "info_user_information_url")
    public String infoUserInformationUrl;
    @Column(name = "info_privacy_notice_url")
    public String infoPrivacyNoticeUrl;
    @Column(name = "info_identity")
    public String infoIdentity;
    @Column(name = "info_visibility")
    public String infoVisibility;
    @Column(name = "info_public_record")
    public String infoPublicRecord;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "info_prohibited_codes", columnDefinition = "text[]")
    public List<String> infoProhibitedCodes = new ArrayList<>();
    @Column(name = "info_own_rules")
    public String infoOwnRules;
    @Column(name = "info_breach_measures")
    public String infoBreachMeasures;
    /** The text as edited by the channel administrator; null means the generated default is shown. */
    @Column(name = "info_text")
    public String infoText;
    /** When the prohibited-content list was last confirmed against the reason catalogue (requirement 3). */
    @Column(name = "info_confirmed_on")
    public LocalDate infoConfirmedOn;

    @Column(name = "first_activated_at")
    public Instant firstActivatedAt;
    @Column(name = "final_capture_id")
    public UUID finalCaptureId;
    @Column(name = "last_capture_at")
    public Instant lastCaptureAt;
    @Column(name = "last_capture_id")
    public UUID lastCaptureId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
