package se.uppsikt.archive.ingest;

import java.util.List;

import se.uppsikt.archive.ingest.api.IngestItem;

/** An item of a validated batch whose blobs are already in the blob store. */
record PreparedItem(int index, IngestItem input, Blob raw, List<Media> media) {

    record Blob(String sha256, long size, String mediaType) {
    }

    record Media(Blob blob, String mediaType, String sourceUrl) {
    }
}
