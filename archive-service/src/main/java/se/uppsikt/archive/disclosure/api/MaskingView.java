package se.uppsikt.archive.disclosure.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A masked derivative. {@code originalSha256} is the content hash of the item version it was made from, which is
 * unchanged; the masked PDF/A and JSON are separate blobs.
 */
public record MaskingView(UUID id, UUID requestId, UUID itemId, int versionNo, String originalSha256,
        String provision, int maskedSpans, String maskedJsonSha256, String maskedPdfSha256, Instant createdAt,
        String createdBy) {
}
