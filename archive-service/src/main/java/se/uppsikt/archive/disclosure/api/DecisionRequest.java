package se.uppsikt.archive.disclosure.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.archive.disclosure.DisclosureOutcome;

/**
 * The outcome of a request. A refusal and a release with förbehåll are formal decisions (OSL 6 kap. 3 §): they need
 * the reference of the decision document (e.g. its diarienummer "KS 2026/0123-4"); a release with förbehåll also
 * needs the förbehåll itself.
 */
public record DecisionRequest(
        @NotNull(message = "outcome is required: RELEASED, RELEASED_WITH_RESERVATION or REFUSED") DisclosureOutcome outcome,
        @Size(max = 4000, message = "reservation is at most 4000 characters") String reservation,
        @Size(max = 200, message = "decisionDocumentReference is at most 200 characters") String decisionDocumentReference,
        @Size(max = 200, message = "decisionMaker is at most 200 characters") String decisionMaker) {
}
