package se.uppsikt.retention.decision.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import se.uppsikt.retention.decision.DecidingBodyType;
import se.uppsikt.retention.decision.RetentionDecision;
import se.uppsikt.retention.decision.RetentionTrigger;

/** A retention decision as the API shows it. */
public record RetentionDecisionView(UUID id, String reference, DecidingBodyType decidingBodyType, String decidingBody,
        LocalDate decisionDate, LocalDate validFrom, LocalDate validTo, String legalBasis, String retentionPeriod,
        RetentionTrigger retentionTrigger, String triggerCriterion, String conditions, String documentUrl,
        DecisionScope scope, Instant createdAt, String createdBy) {

    public static RetentionDecisionView of(RetentionDecision d) {
        DecisionScope scope = new DecisionScope(sorted(d.authorityIds), sorted(d.channelIds), sorted(d.platforms),
                sorted(d.itemKinds), sorted(d.directions), sorted(d.classificationCodes));
        return new RetentionDecisionView(d.id, d.reference, d.decidingBodyType, d.decidingBody, d.decisionDate,
                d.validFrom, d.validTo, d.legalBasis, d.retentionPeriod, d.retentionTrigger, d.triggerCriterion,
                d.conditions, d.documentUrl, scope, d.createdAt, d.createdBy);
    }

    // Sets come back from the database in no particular order; a stable order keeps responses comparable.
    private static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }
}
