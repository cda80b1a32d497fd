package se.uppsikt.archive.transfer;

import java.time.Instant;

/** What the e-arkiv target acknowledged: where the package is, and the hash and size it has there. */
public record Receipt(String target, String location, String sha256, long sizeBytes, Instant deliveredAt) {
}
