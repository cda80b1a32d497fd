package se.uppsikt.archive.visibility.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.archive.item.Visibility;

/**
 * A new visibility with its reason. {@code secrecyProvision} is required for SECRET: the OSL provision as text, e.g.
 * "OSL 26 kap. 1 §".
 */
public record VisibilityRequest(
        @NotNull(message = "visibility is required: PUBLIC, RESTRICTED or SECRET") Visibility visibility,
        @NotBlank(message = "reason is required: say why the visibility changes") @Size(max = 2000, message = "reason is at most 2000 characters") String reason,
        @Size(max = 200, message = "secrecyProvision is at most 200 characters") String secrecyProvision) {
}
