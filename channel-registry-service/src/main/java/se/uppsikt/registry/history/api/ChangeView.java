package se.uppsikt.registry.history.api;

import java.time.Instant;

import se.uppsikt.registry.history.ChangeRecord;

/** One recorded change: who, when, which field, from what to what. */
public record ChangeView(Instant changedAt, String changedBy, String requestId, ChangeRecord.Action action,
        String field, String oldValue, String newValue) {

    public static ChangeView of(ChangeRecord r) {
        return new ChangeView(r.changedAt, r.changedBy, r.requestId, r.action, r.field, r.oldValue, r.newValue);
    }
}
