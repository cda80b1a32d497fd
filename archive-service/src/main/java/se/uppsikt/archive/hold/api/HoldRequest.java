package se.uppsikt.archive.hold.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.archive.hold.HoldReason;

/**
 * What an archivist or registrar states when placing a hold. {@code reference} is the diarienummer (or other
 * reference) of the request or case, e.g. "KS 2026/0123". The optional period limits which items of the scope's
 * channels are held, by publication time; items named in the scope are held whatever their time.
 */
public record HoldRequest(
        @NotNull(message = "reason is required") HoldReason reason,
        @NotBlank(message = "reference is required, e.g. the diarienummer KS 2026/0123") @Size(max = 64, message = "reference is at most 64 characters") String reference,
        @Size(max = 2000, message = "description is at most 2000 characters") String description,
        @NotNull(message = "scope is required: name at least one channel or item") @Valid HoldScope scope,
        Instant periodFrom,
        Instant periodTo) {
}
