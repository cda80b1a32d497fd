package se.uppsikt.retention.decision.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import se.uppsikt.retention.decision.DecidingBodyType;
import se.uppsikt.retention.decision.RetentionDecision;
import se.uppsikt.retention.decision.RetentionTrigger;

/** A retention decision as the API shows it; the document itself is read from {@code /{id}/document}. */
public record RetentionDecisionView(UUID id, String reference, DecidingBodyType decidingBodyType, String decidingBody,
        LocalDate decisionDate, LocalDate validFrom, LocalDate validTo, String legalBasis, String retentionPeriod,
        RetentionTrigger retentionTrigger, String triggerCriterion, String conditions, String exceptions,
        String documentUrl, DocumentView document, boolean requiresApproval, DecisionScope scope,
        PreservedCategories preserve, Instant createdAt, String createdBy) {

    /** What the service keeps about the decision document: its name, type and SHA-256. */
    public record DocumentView(String fileName, String mediaType, String sha256) {
    }

    public static RetentionDecisionView of(RetentionDecision d) {
        DecisionScope scope = new DecisionScope(sorted(d.authorityIds), sorted(d.channelIds), sorted(d.platforms),
                sorted(d.itemKinds), sorted(d.directions), sorted(d.visibilities), sorted(d.classificationCodes));
        PreservedCategories preserve = new PreservedCategories(sorted(d.preservedItemKinds),
                sorted(d.preservedClassificationCodes));
        DocumentView document = d.documentSha256 == null
                ? null
                : new DocumentView(d.documentName, d.documentMediaType, d.documentSha256);
        return new RetentionDecisionView(d.id, d.reference, d.decidingBodyType, d.decidingBody, d.decisionDate,
                d.validFrom, d.validTo, d.legalBasis, d.retentionPeriod, d.retentionTrigger, d.triggerCriterion,
                d.conditions, d.exceptions, d.documentUrl, document, d.requiresApproval, scope, preserve,
                d.createdAt, d.createdBy);
    }

    // Sets come back from the database in no particular order; a stable order keeps responses comparable.
    private static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }
}
