package se.uppsikt.retention.run;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A disposal run (gallringsomgång) under one retention decision; never deleted, it is half the protokoll. */
@Entity
@Table(name = "disposal_run")
public class DisposalRun {

    @Id
    public UUID id;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(name = "decision_reference", nullable = false)
    public String decisionReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunStatus status;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(nullable = false)
    public boolean scheduled;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "candidate_count", nullable = false)
    public long candidateCount;

    @Column(name = "eligible_count", nullable = false)
    public long eligibleCount;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "executed_by")
    public String executedBy;

    @Column(name = "execution_started_at")
    public Instant executionStartedAt;

    @Column(name = "executed_at")
    public Instant executedAt;

    @Column(name = "batches_done", nullable = false)
    public int batchesDone;

    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "registration_status")
    public String registrationStatus;

    @Column(name = "registration_number")
    public String registrationNumber;

    @Version
    public long version;
}
