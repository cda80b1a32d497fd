package se.uppsikt.archive.disclosure.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** An appeal (överklagande) that reached the authority, which forwards it to kammarrätten. */
public record AppealRequest(
        @NotNull(message = "lodgedAt is required: when the appeal reached the authority") @PastOrPresent(message = "lodgedAt must not be in the future") Instant lodgedAt) {
}
