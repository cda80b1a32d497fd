package se.uppsikt.moderation.reason.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.uppsikt.moderation.reason.ReasonGroup;

/** One reason of a catalogue version being published. Absent flags mean false. */
public record ReasonRequest(
        @NotBlank(message = "code is required") @Size(max = 64, message = "code is at most 64 characters") @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", message = "code must be upper case words joined by underscores, like BBS_OLAGA_HOT") String code,
        @NotNull(message = "group is required: STATUTORY, SECRECY or POLICY") ReasonGroup group,
        @NotBlank(message = "legalReference is required, e.g. \"BBS-lagen 5 § 1 d; BrB 16 kap. 8 §\" or \"own published policy\"") @Size(max = 500, message = "legalReference is at most 500 characters") String legalReference,
        @NotBlank(message = "titleSv (the Swedish title moderators pick from) is required") @Size(max = 200, message = "titleSv is at most 200 characters") String titleSv,
        @Size(max = 2000, message = "descriptionSv is at most 2000 characters") String descriptionSv,
        Boolean specialEvidenceHandling,
        Boolean motivationRequired) {
}
