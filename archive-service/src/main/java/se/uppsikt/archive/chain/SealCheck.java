package se.uppsikt.archive.chain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.uppsikt.archive.hold.Hold;
import se.uppsikt.archive.hold.HoldSeal;
import se.uppsikt.archive.item.CanonicalForm;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.visibility.VisibilityChange;
import se.uppsikt.archive.visibility.VisibilityService;

/**
 * Recomputes what a chain entry seals from the rows as they are now. Content that was disposed of is gone on purpose:
 * then the item's tombstone must exist instead.
 */
@ApplicationScoped
public class SealCheck {

    private final EntityManager em;

    public SealCheck(EntityManager em) {
        this.em = em;
    }

    /** Empty when the sealed subject is intact, otherwise what is wrong with it. */
    public Optional<String> check(ChainEntry e) {
        return switch (e.kind) {
            case ITEM_VERSION_INGESTED -> version(e);
            case VISIBILITY_CHANGED -> visibility(e);
            case HOLD_PLACED -> hold(e, false);
            case HOLD_RELEASED -> hold(e, true);
            case ITEM_DISPOSED -> tombstone(e);
            case TAKEDOWN -> Optional.empty();
        };
    }

    private Optional<String> version(ChainEntry e) {
        ItemVersion version = em.find(ItemVersion.class, e.subjectId);
        if (version == null) {
            return disposedOrMissing(e, "version " + e.subjectId);
        }
        Item item = em.find(Item.class, version.itemId);
        if (item == null) {
            return Optional.of("version " + e.subjectId + " has lost its item " + version.itemId);
        }
        String actual = CanonicalForm.contentSha256(item, version);
        if (!actual.equals(e.subjectSha256)) {
            return Optional.of("item " + item.id + " version " + version.versionNo
                    + " no longer matches the hash sealed in entry " + e.seq + " (now " + actual + ")");
        }
        if (!actual.equals(version.contentSha256)) {
            return Optional.of("item " + item.id + " version " + version.versionNo
                    + " has a stored content hash that differs from the sealed one");
        }
        return Optional.empty();
    }

    private Optional<String> visibility(ChainEntry e) {
        VisibilityChange change = em.find(VisibilityChange.class, e.subjectId);
        if (change == null) {
            return disposedOrMissing(e, "visibility change " + e.subjectId);
        }
        return VisibilityService.canonicalSha256(change).equals(e.subjectSha256)
                ? Optional.empty()
                : Optional.of("visibility change " + e.subjectId + " of item " + change.itemId
                        + " no longer matches the hash sealed in entry " + e.seq);
    }

    private Optional<String> hold(ChainEntry e, boolean release) {
        Hold hold = em.find(Hold.class, e.subjectId);
        if (hold == null) {
            return Optional.of("hold " + e.subjectId + " is missing");
        }
        String actual = release ? HoldSeal.released(hold) : HoldSeal.placed(hold);
        return actual.equals(e.subjectSha256)
                ? Optional.empty()
                : Optional.of("hold " + e.subjectId + " no longer matches the hash sealed in entry " + e.seq);
    }

    private Optional<String> tombstone(ChainEntry e) {
        Number found = (Number) em.createNativeQuery(
                "select count(*) from tombstone where item_id = ?1 and content_sha256 = ?2")
                .setParameter(1, e.subjectId).setParameter(2, e.subjectSha256).getSingleResult();
        return found.longValue() == 1
                ? Optional.empty()
                : Optional.of("the tombstone of item " + e.subjectId + " is missing or altered");
    }

    private Optional<String> disposedOrMissing(ChainEntry e, String what) {
        UUID itemId = ChainVerifier.itemIdOf(e);
        if (itemId != null && disposed(itemId)) {
            return Optional.empty();
        }
        return Optional.of(what + " is missing, and item " + itemId + " has no tombstone");
    }

    private boolean disposed(UUID itemId) {
        Number found = (Number) em.createNativeQuery("select count(*) from tombstone where item_id = ?1")
                .setParameter(1, itemId).getSingleResult();
        return found.longValue() > 0;
    }
}
