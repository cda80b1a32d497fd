package se.uppsikt.archive.item.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.item.ItemVersion;

/** One captured content of an item, with the hashes that seal it and where it was captured from. */
public record VersionView(UUID id, int versionNo, String text, Instant platformEditedAt, List<Media> media,
        String rawSha256, String contentSha256, String sourceUrl, String captureTool, Instant capturedAt,
        String capturedBy) {

    public record Media(String sha256, String mediaType, String sourceUrl) {
    }

    public static VersionView of(ItemVersion v) {
        return new VersionView(v.id, v.versionNo, v.text, v.platformEditedAt,
                v.media.stream().map(m -> new Media(m.sha256, m.mediaType, m.sourceUrl)).toList(), v.rawSha256,
                v.contentSha256, v.sourceUrl, v.captureTool, v.capturedAt, v.capturedBy);
    }
}
