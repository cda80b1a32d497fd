package se.uppsikt.retention.run.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.retention.run.DisposalRun;
import se.uppsikt.retention.run.RunStatus;

/** A disposal run as the API shows it. */
public record RunView(UUID id, UUID decisionId, String decisionReference, RunStatus status, Instant evaluatedAt,
        boolean scheduled, String createdBy, Instant createdAt, long candidateCount, long eligibleCount,
        String approvedBy, Instant approvedAt, String executedBy, Instant executionStartedAt, Instant executedAt,
        int batchesDone, UUID registrationId, String registrationStatus, String registrationNumber) {

    public static RunView of(DisposalRun r) {
        return new RunView(r.id, r.decisionId, r.decisionReference, r.status, r.evaluatedAt, r.scheduled,
                r.createdBy, r.createdAt, r.candidateCount, r.eligibleCount, r.approvedBy, r.approvedAt,
                r.executedBy, r.executionStartedAt, r.executedAt, r.batchesDone, r.registrationId,
                r.registrationStatus, r.registrationNumber);
    }
}
