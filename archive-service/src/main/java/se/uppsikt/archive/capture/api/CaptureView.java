package se.uppsikt.archive.capture.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A capture record with its provenance (requirement 37): platform, API and connector versions, start and end in UTC,
 * the URLs read, the counts and the errors. {@code overviewSha256} is the PDF/A overview rendition (ögonblicksbild),
 * at {@code /api/v1/captures/{id}/overview}.
 */
public record CaptureView(UUID id, UUID channelId, String status, String scope, String trigger, String platform,
        String apiVersion, String connectorVersion, Instant periodFrom, Instant periodTo, Instant startedAt,
        Instant endedAt, String requestedBy, List<String> sourceUrls, Counts counts, String errorKind,
        List<String> errors, String overviewSha256, Boolean overviewValid, boolean reportedToRegistry) {

    public record Counts(int seen, int created, int newVersions, int unchanged, int goneFromPlatform) {
    }
}
