package se.uppsikt.moderation.decision.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.uppsikt.moderation.decision.Execution;
import se.uppsikt.moderation.decision.ModerationDecision;
import se.uppsikt.moderation.decision.Outcome;
import se.uppsikt.moderation.reason.ReasonGroup;
import se.uppsikt.moderation.registration.Registration;
import se.uppsikt.moderation.registration.RegistrationStatus;

/** A decision as recorded, with the state of its registration (and the registration number once known). */
public record DecisionView(UUID id, UUID reviewItemId, UUID itemId, UUID channelId, Outcome outcome,
        Integer catalogueVersion, String reasonCode, ReasonGroup reasonGroup, String legalReference,
        String motivation, String answerText, String answerPlatformId, String caseNumber, String caseTitle,
        String secrecyProvision, String reportReference, boolean policeReportPending, UUID correctsDecisionId,
        String decidedBy, Instant decidedAt, Execution execution, String executionDetail, UUID takedownId,
        List<String> evidenceSha256, UUID registrationId, RegistrationStatus registrationStatus,
        String registrationNumber, UUID approvesDecisionId, String approvedBy) {

    public static DecisionView of(ModerationDecision d, Registration registration) {
        List<String> hashes = d.evidenceSha256 == null || d.evidenceSha256.isBlank()
                ? List.of()
                : Arrays.asList(d.evidenceSha256.split(","));
        return new DecisionView(d.id, d.reviewItemId, d.itemId, d.channelId, d.outcome, d.catalogueVersion,
                d.reasonCode, d.reasonGroup, d.legalReference, d.motivation, d.answerText, d.answerPlatformId,
                d.caseNumber, d.caseTitle, d.secrecyProvision, d.reportReference, d.policeReportPending,
                d.correctsDecisionId, d.decidedBy, d.decidedAt, d.execution, d.executionDetail, d.takedownId,
                hashes, d.registrationId, registration == null ? null : registration.status,
                registration == null ? null : registration.registrationNumber, d.approvesDecisionId, d.approvedBy);
    }
}
