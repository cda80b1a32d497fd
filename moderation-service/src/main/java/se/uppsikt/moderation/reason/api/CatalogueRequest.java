package se.uppsikt.moderation.reason.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version of the reason catalogue, complete in itself: it replaces the latest version from {@code validFrom},
 * so every reason that still applies is listed again.
 */
public record CatalogueRequest(
        @NotNull(message = "validFrom is required: the date the new catalogue comes into force, e.g. 2026-07-01") LocalDate validFrom,
        @Size(max = 2000, message = "note is at most 2000 characters") String note,
        @NotEmpty(message = "a catalogue needs at least one reason") @Size(max = 200, message = "a catalogue has at most 200 reasons") List<@NotNull(message = "a reason may not be null") @Valid ReasonRequest> reasons) {
}
