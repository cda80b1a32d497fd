package se.uppsikt.archive.sip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemVersion;

/**
 * Everything one package is made of, read from the database in one transaction: the channel's items of the period
 * with all their versions, the valid renditions that show them, and the moderation material (evidence held under a
 * MODERATION_EVIDENCE hold, takedowns and visibility changes) when the period has any.
 */
record SipContent(UUID channelId, Instant periodFrom, Instant periodTo, List<Item> items, List<ItemVersion> versions,
        List<Rendition> renditions, List<Evidence> evidence, List<Removal> removals, List<Fixity> fixity,
        ArchivalCreator creator) {

    record Rendition(UUID id, UUID itemId, String sha256, String profile, Instant createdAt) {
    }

    record Evidence(UUID holdId, String reference, String description, Instant placedAt, String placedBy,
            UUID itemId) {
    }

    record Removal(String kind, UUID itemId, String detail, Instant at, String by) {
    }

    record Fixity(String sha256, String outcome, Instant checkedAt) {
    }

    record ArchivalCreator(String name, String organisationNumber, String source) {
    }

    boolean hasModeration() {
        return !evidence.isEmpty() || !removals.isEmpty();
    }

    ItemVersion current(Item item) {
        return versions.stream().filter(v -> v.itemId.equals(item.id) && v.versionNo == item.currentVersion)
                .findFirst().orElseThrow();
    }
}
