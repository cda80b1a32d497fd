package se.uppsikt.registry.capture.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The archive's report of a finished capture of a channel. */
public record CaptureReport(
        @NotNull(message = "captureId is required") UUID captureId,
        @NotNull(message = "status is required") @Pattern(regexp = "SUCCEEDED|FAILED", message = "status must be SUCCEEDED or FAILED") String status,
        @NotNull(message = "completedAt is required") Instant completedAt) {
}
