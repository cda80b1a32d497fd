package se.uppsikt.archive.rendition.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.rendition.RenditionScope;

/**
 * A rendition and what veraPDF said about it. {@code sha256} is the PDF's hash in the blob store, absent when the file
 * failed validation and was not kept. {@code items} are the item versions shown, with their content hashes.
 */
public record RenditionView(UUID id, UUID itemId, RenditionScope scope, boolean valid, String profile,
        List<String> failures, String sha256, Long sizeBytes, List<Shown> items, Instant createdAt,
        String createdBy) {

    public record Shown(UUID itemId, int versionNo, String contentSha256) {
    }
}
