package se.uppsikt.archive.disclosure.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.disclosure.DisclosureOutcome;
import se.uppsikt.archive.disclosure.DisclosureRequest;
import se.uppsikt.archive.disclosure.DisclosureStatus;

/**
 * A request for utlämnande as the API shows it. {@code itemIds} is what the scope resolved to when it was registered;
 * {@code holdId} (and {@code appealHoldId}) keep those items from disposal until {@code holdsReleasedAt}.
 */
public record DisclosureView(UUID id, Instant receivedAt, String requester, String description,
        String handlingOfficial, Instant registeredAt, DisclosureScope scope, List<UUID> itemIds, UUID holdId,
        DisclosureStatus status, DisclosureOutcome outcome, String reservation, String decisionDocumentReference,
        String decisionMaker, String appealNotice, Instant decidedAt, String decidedBy, Instant appealDeadline,
        Instant appealLodgedAt, UUID appealHoldId, Instant appealDecidedAt, String appealOutcome,
        Instant holdsReleasedAt) {

    public static DisclosureView of(DisclosureRequest r) {
        DisclosureScope scope = new DisclosureScope(r.scopeChannelId, r.scopePeriodFrom, r.scopePeriodTo, r.scopeText,
                r.scopeAuthorHandle, r.scopeRegistrationNumber, new java.util.TreeSet<>(r.requestedItemIds));
        return new DisclosureView(r.id, r.receivedAt, r.requester, r.description, r.handlingOfficial, r.registeredAt,
                scope, r.itemIds.stream().sorted().toList(), r.holdId, r.status, r.outcome, r.reservation,
                r.decisionDocumentReference, r.decisionMaker, r.appealNotice, r.decidedAt, r.decidedBy,
                r.appealDeadline, r.appealLodgedAt, r.appealHoldId, r.appealDecidedAt, r.appealOutcome,
                r.holdsReleasedAt);
    }
}
