package se.uppsikt.archive.disposal.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Dispose of these items under a gallringsbeslut ({@code decisionReference}, e.g. "KS 2026/12") in one run. */
public record DisposeRequest(
        @NotNull(message = "runId is required") UUID runId,
        @NotBlank(message = "decisionReference is required: the gallringsbeslut, e.g. KS 2026/12") @Size(max = 200, message = "decisionReference is at most 200 characters") String decisionReference,
        @NotEmpty(message = "itemIds must name at least one item") @Size(max = 1000, message = "at most 1000 itemIds per call") List<@NotNull(message = "an item id must not be null") UUID> itemIds) {
}
