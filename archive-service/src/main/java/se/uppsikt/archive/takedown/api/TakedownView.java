package se.uppsikt.archive.takedown.api;

import java.util.List;
import java.util.UUID;

/**
 * The result of a takedown (contract 2): EXECUTED, EVIDENCE_FAILED (nothing was done on the platform) or
 * PLATFORM_FAILED (evidence kept; repeat the same decision to try the platform again). {@code detail} says why when
 * not EXECUTED, and also when the evidence had to come from the archive's copy because the platform could not be read.
 */
public record TakedownView(UUID takedownId, String status, List<UUID> evidenceIds, List<String> evidenceSha256,
        String platformResponse, String detail) {
}
