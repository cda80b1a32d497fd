package se.uppsikt.moderation.decision.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.moderation.decision.Outcome;

/**
 * A moderator's triage decision on one review item. Which fields are needed depends on the outcome: a removal
 * needs a reason in force and a motivation, an answer its text or platform id, a case its number or title, and
 * SECRET the OSL provision.
 */
public record DecisionRequest(
        @NotNull(message = "reviewItemId is required: the item the decision is about") UUID reviewItemId,
        @NotNull(message = "outcome is required: NO_ACTION, ANSWER, LIFT_TO_CASE, HIDE, REMOVE, BLOCK_USER, SECRET, REPORT_POLICE or REPORT_PLATFORM") Outcome outcome,
        @Size(max = 64, message = "reasonCode may be at most 64 characters") String reasonCode,
        @Size(max = 4000, message = "motivation may be at most 4000 characters") String motivation,
        @Size(max = 8000, message = "answerText may be at most 8000 characters") String answerText,
        @Size(max = 500, message = "answerPlatformId may be at most 500 characters") String answerPlatformId,
        @Size(max = 100, message = "caseNumber may be at most 100 characters") String caseNumber,
        @Size(max = 500, message = "caseTitle may be at most 500 characters") String caseTitle,
        @Size(max = 200, message = "caseType may be at most 200 characters") String caseType,
        @Size(max = 200, message = "secrecyProvision may be at most 200 characters") String secrecyProvision,
        @Size(max = 500, message = "reportReference may be at most 500 characters") String reportReference,
        UUID correctsDecisionId) {
}
