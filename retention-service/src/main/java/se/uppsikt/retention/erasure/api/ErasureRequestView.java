package se.uppsikt.retention.erasure.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.uppsikt.retention.erasure.ErasureRequest;
import se.uppsikt.retention.erasure.ErasureRequestItem;

/** An erasure request with the answer given and the verdict per record. */
public record ErasureRequestView(UUID id, String subjectReference, UUID channelId, LocalDate receivedOn,
        String registeredBy, Instant registeredAt, ErasureRequest.Outcome outcome, String answer,
        List<ItemVerdict> items) {

    public record ItemVerdict(UUID itemId, ErasureRequestItem.Verdict verdict, UUID decisionId, Instant dueAt) {
    }

    public static ErasureRequestView of(ErasureRequest r) {
        return new ErasureRequestView(r.id, r.subjectReference, r.channelId, r.receivedOn, r.registeredBy,
                r.registeredAt, r.outcome, r.answer, r.items.stream()
                        .map(i -> new ItemVerdict(i.itemId, i.verdict, i.decisionId, i.dueAt)).toList());
    }
}
