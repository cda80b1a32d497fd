package se.uppsikt.archive.hold.api;

import java.time.Instant;
import java.util.TreeSet;
import java.util.UUID;

import se.uppsikt.archive.hold.Hold;
import se.uppsikt.archive.hold.HoldReason;

/** A hold as the API shows it; {@code active} is false once it has been released. */
public record HoldView(UUID id, HoldReason reason, String reference, String description, HoldScope scope,
        Instant periodFrom, Instant periodTo, boolean active, Instant placedAt, String placedBy, Instant releasedAt,
        String releasedBy, String releaseReason) {

    public static HoldView of(Hold h) {
        // sorted, so that the same hold always reads back the same way
        HoldScope scope = new HoldScope(new TreeSet<>(h.channelIds), new TreeSet<>(h.itemIds));
        return new HoldView(h.id, h.reason, h.reference, h.description, scope, h.periodFrom, h.periodTo, h.isActive(),
                h.placedAt, h.placedBy, h.releasedAt, h.releasedBy, h.releaseReason);
    }
}
