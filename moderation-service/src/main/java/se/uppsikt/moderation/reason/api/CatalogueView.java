package se.uppsikt.moderation.reason.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.uppsikt.moderation.reason.Reason;
import se.uppsikt.moderation.reason.ReasonCatalogue;

/** A catalogue version with its reasons; {@code validTo} is absent while the version is the latest. */
public record CatalogueView(int version, LocalDate validFrom, LocalDate validTo, String note, String publishedBy,
        Instant publishedAt, List<ReasonView> reasons) {

    public static CatalogueView of(ReasonCatalogue c, List<Reason> reasons) {
        return new CatalogueView(c.version, c.validFrom, c.validTo, c.note, c.publishedBy, c.publishedAt,
                reasons.stream().map(ReasonView::of).toList());
    }
}
