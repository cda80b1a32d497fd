package se.uppsikt.archive.disclosure.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assembled disclosure package: a zip with PDF/A renditions, JSON, media and {@code manifest.json} listing every
 * file with its SHA-256. Download it from {@code /api/v1/disclosures/{id}/packages/{packageId}/content}.
 */
public record PackageView(UUID id, UUID requestId, String sha256, long sizeBytes, String manifestSha256,
        int itemCount, int maskedCount, List<PackageFile> files, Instant createdAt, String createdBy) {

    public record PackageFile(String path, String sha256, long size, String mediaType) {
    }
}
