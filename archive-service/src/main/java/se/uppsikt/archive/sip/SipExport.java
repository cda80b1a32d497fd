package se.uppsikt.archive.sip;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One E-ARK SIP built for the e-arkiv. Never serialised: the API speaks {@code SipExportView}. */
@Entity
@Table(name = "sip_export")
public class SipExport {

    @Id
    public UUID id;

    @Column(name = "package_id", nullable = false)
    public String packageId;

    @Column(name = "channel_id", nullable = false)
    public UUID channelId;

    @Column(name = "period_from", nullable = false)
    public Instant periodFrom;

    @Column(name = "period_to", nullable = false)
    public Instant periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SipStatus status;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    @Column(nullable = false)
    public String representations;

    @Column(name = "may_contain_disposable", nullable = false)
    public boolean mayContainDisposable;

    @Column(name = "contains_secret", nullable = false)
    public boolean containsSecret;

    @Column(name = "contains_personal_data", nullable = false)
    public boolean containsPersonalData;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public boolean valid;

    @Column(name = "validation_errors", nullable = false)
    public int validationErrors;

    @Column(name = "validation_warnings", nullable = false)
    public int validationWarnings;

    @Column(name = "validation_millis", nullable = false)
    public long validationMillis;

    @Column(name = "validation_summary")
    public String validationSummary;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "transferred_at")
    public Instant transferredAt;

    @Column(name = "transferred_by")
    public String transferredBy;

    @Column(name = "transfer_target")
    public String transferTarget;

    public String receipt;

    @Column(name = "overdue_alerted_at")
    public Instant overdueAlertedAt;

    @Version
    public long version;
}
