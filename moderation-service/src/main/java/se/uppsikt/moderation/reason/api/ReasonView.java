package se.uppsikt.moderation.reason.api;

import se.uppsikt.moderation.reason.Reason;
import se.uppsikt.moderation.reason.ReasonGroup;

/** One reason of a catalogue version as the API shows it. */
public record ReasonView(String code, ReasonGroup group, String legalReference, String titleSv, String descriptionSv,
        boolean specialEvidenceHandling, boolean motivationRequired) {

    public static ReasonView of(Reason r) {
        return new ReasonView(r.key.code, r.group, r.legalReference, r.titleSv, r.descriptionSv,
                r.specialEvidenceHandling, r.motivationRequired);
    }
}
