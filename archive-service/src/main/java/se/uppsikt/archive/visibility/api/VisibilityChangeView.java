package se.uppsikt.archive.visibility.api;

import java.time.Instant;

import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.visibility.VisibilityChange;

public record VisibilityChangeView(Visibility from, Visibility to, String secrecyProvision, String reason,
        Instant changedAt, String changedBy) {

    public static VisibilityChangeView of(VisibilityChange c) {
        return new VisibilityChangeView(c.fromVisibility, c.toVisibility, c.secrecyProvision, c.reason, c.changedAt,
                c.changedBy);
    }
}
