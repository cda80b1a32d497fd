package se.uppsikt.archive.sip.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Which channel and period to package: items published from {@code periodFrom} (inclusive) to {@code periodTo}. */
public record SipExportRequest(
        @NotNull(message = "channelId is required") UUID channelId,
        @NotNull(message = "periodFrom is required") Instant periodFrom,
        @NotNull(message = "periodTo is required") Instant periodTo) {
}
