package se.uppsikt.archive.disclosure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the court decided, e.g. "Kammarrätten i Stockholm avslog överklagandet 2026-05-04, mål 1234-26". */
public record AppealDecisionRequest(
        @NotBlank(message = "outcome is required: what the court decided, with its case number") @Size(max = 2000, message = "outcome is at most 2000 characters") String outcome) {
}
