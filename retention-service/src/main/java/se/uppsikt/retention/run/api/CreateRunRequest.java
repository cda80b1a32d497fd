package se.uppsikt.retention.run.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Start a dry run under one retention decision. */
public record CreateRunRequest(
        @NotNull(message = "decisionId is required: the retention decision (gallringsbeslut) the run is under") UUID decisionId) {
}
