package se.uppsikt.moderation.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registration (diarieföring) request and its delivery state: the row is the outbox entry the dispatcher works
 * through. Secret parts sit in the {@code protected*} fields so the public register never shows them (OSL 5 kap. 2 §).
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    public UUID id;

    @Column(name = "source_reference", nullable = false, updatable = false)
    public String sourceReference;

    @Column(name = "source_service", nullable = false, updatable = false)
    public String sourceService;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "authority_id", nullable = false, updatable = false)
    public UUID authorityId;

    @Column(name = "registry_unit", nullable = false, updatable = false)
    public String registryUnit;

    @Column(name = "case_number", updatable = false)
    public String caseNumber;

    @Column(name = "new_case_title", updatable = false)
    public String newCaseTitle;

    @Column(name = "new_case_type", updatable = false)
    public String newCaseType;

    @Column(name = "new_case_classification", updatable = false)
    public String newCaseClassification;

    @Column(name = "document_title", nullable = false, updatable = false)
    public String documentTitle;

    @Column(name = "description", nullable = false, updatable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, updatable = false)
    public Direction direction;

    @Column(name = "document_date", nullable = false, updatable = false)
    public LocalDate documentDate;

    @Column(name = "counterparty", updatable = false)
    public String counterparty;

    @Column(name = "secrecy_provision", updatable = false)
    public String secrecyProvision;

    @Column(name = "protected_title", updatable = false)
    public String protectedTitle;

    @Column(name = "protected_description", updatable = false)
    public String protectedDescription;

    @Column(name = "protected_counterparty", updatable = false)
    public String protectedCounterparty;

    @Column(name = "responsible_unit", updatable = false)
    public String responsibleUnit;

    @Column(name = "external_reference", updatable = false)
    public String externalReference;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "registration_attachment", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "position")
    public List<Attachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public RegistrationStatus status;

    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public boolean isSecret() {
        return secrecyProvision != null;
    }

    void registered(String number, Instant at, String by) {
        status = RegistrationStatus.REGISTERED;
        registrationNumber = number;
        registeredAt = at;
        completedBy = by;
        nextAttemptAt = null;
    }
}
