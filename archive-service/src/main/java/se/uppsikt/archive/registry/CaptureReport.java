package se.uppsikt.archive.registry;

import java.time.Instant;
import java.util.UUID;

/** What the archive tells the registry after every capture (contract "archive → registry"). */
public record CaptureReport(UUID captureId, String status, Instant completedAt) {
}
