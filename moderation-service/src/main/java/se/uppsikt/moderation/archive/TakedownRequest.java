package se.uppsikt.moderation.archive;

import java.util.UUID;

/** Asks the archive to seal evidence of an item and then act on the platform (contracts §2). */
public record TakedownRequest(UUID decisionId, UUID itemId, String action, String reasonCode, String requestedBy) {
}
