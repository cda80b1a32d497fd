package se.uppsikt.registry.channel.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The review of the platform's terms (E-delegationen guideline 2; requirement 8). */
public record TermsReviewRequest(
        @NotNull(message = "reviewedOn is required") @PastOrPresent(message = "reviewedOn cannot be in the future") LocalDate reviewedOn,
        @NotBlank(message = "reviewedBy is required") @Size(max = 200) String reviewedBy,
        @Size(max = 4000, message = "riskNote is at most 4000 characters") String riskNote) {
}
