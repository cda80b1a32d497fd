package se.uppsikt.archive.hold.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a hold no longer applies, e.g. "utlämnat 2026-03-02, överklagandetiden har gått ut". */
public record HoldReleaseRequest(
        @NotBlank(message = "reason is required: say why the hold no longer applies") @Size(max = 2000, message = "reason is at most 2000 characters") String reason) {
}
