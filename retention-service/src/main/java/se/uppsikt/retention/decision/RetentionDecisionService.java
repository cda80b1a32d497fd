package se.uppsikt.retention.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.decision.api.DecisionDocument;
import se.uppsikt.retention.decision.api.DecisionScope;
import se.uppsikt.retention.decision.api.RetentionDecisionRequest;
import se.uppsikt.retention.decision.api.RetentionDecisionView;

/**
 * Registers and reads retention decisions (gallringsbeslut). There is deliberately no delete and no scope change:
 * a decision is the legal basis of every disposal record made under it, so removing or narrowing it afterwards would
 * leave lawful disposals looking unlawful. A decision that stops applying gets an end date instead.
 */
@ApplicationScoped
public class RetentionDecisionService {

    /** Decision dates are Swedish calendar dates, so "today" is today in Sweden, not in UTC. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final RetentionDecisionRepository decisions;
    private final Clock clock;

    public RetentionDecisionService(RetentionDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public RetentionDecisionView register(RetentionDecisionRequest request, String actor) {
        Period period = RetentionPeriods.parsePositive(request.retentionPeriod())
                .orElseThrow(() -> ApiProblem.invalidField("retentionPeriod", "retentionPeriod '"
                        + request.retentionPeriod() + "' is not a positive ISO-8601 period such as P2Y or P6M"));
        checkDates(request);
        String criterion = blankToNull(request.triggerCriterion());
        if (request.retentionTrigger() == RetentionTrigger.SUPERSEDED && criterion == null) {
            throw ApiProblem.invalidField("triggerCriterion", "triggerCriterion is required when the trigger is "
                    + "SUPERSEDED: \"vid inaktualitet\" must say when a record is no longer current");
        }
        String reference = request.reference().strip();
        decisions.findByReference(reference).ifPresent(existing -> {
            throw conflict(reference);
        });

        RetentionDecision decision = new RetentionDecision();
        decision.id = UUID.randomUUID();
        decision.reference = reference;
        decision.decidingBodyType = request.decidingBodyType();
        decision.decidingBody = request.decidingBody().strip();
        decision.decisionDate = request.decisionDate();
        decision.validFrom = request.validFrom();
        decision.validTo = request.validTo();
        decision.legalBasis = request.legalBasis().strip();
        decision.retentionPeriod = period.toString();
        decision.retentionTrigger = request.retentionTrigger();
        decision.triggerCriterion = criterion;
        decision.conditions = blankToNull(request.conditions());
        decision.documentUrl = blankToNull(request.documentUrl());
        decision.exceptions = blankToNull(request.exceptions());
        decision.requiresApproval = request.requiresApproval();
        if (request.document() != null) {
            attachDocument(decision, request.document());
        }
        applyScope(decision, request.scope());
        decision.preservedItemKinds = new LinkedHashSet<>(request.preserve().itemKinds());
        decision.preservedClassificationCodes = new LinkedHashSet<>(
                request.preserve().classificationCodes().stream().map(String::strip).toList());
        decision.createdBy = actor;
        decision.createdAt = clock.instant();
        try {
            decisions.persistAndFlush(decision);
        } catch (PersistenceException e) {
            // another archivist registered the same reference between our check and this insert
            if (violatesUniqueReference(e)) {
                throw conflict(reference);
            }
            throw e;
        }
        return RetentionDecisionView.of(decision);
    }

    @Transactional
    public RetentionDecisionView get(UUID id) {
        return decisions.findByIdOptional(id).map(RetentionDecisionView::of)
                .orElseThrow(() -> ApiProblem.notFound("Retention decision", id));
    }

    /** The stored decision document, or 404 when the decision has none. */
    @Transactional
    public StoredDocument document(UUID id) {
        RetentionDecision decision = decisions.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("Retention decision", id));
        if (decision.documentSha256 == null) {
            throw ApiProblem.notFound("Document of retention decision", id);
        }
        return new StoredDocument(decision.documentName, decision.documentMediaType, decision.documentSha256,
                decision.documentContent);
    }

    /** The decisions in force on a Swedish calendar day, as rules. */
    @Transactional
    public List<DecisionRule> activeRules(LocalDate day) {
        return decisions.activeOn(day).stream().map(RetentionDecision::toRule).toList();
    }

    @Transactional
    public Optional<DecisionRule> rule(UUID id) {
        return decisions.findByIdOptional(id).map(RetentionDecision::toRule);
    }

    @Transactional
    public PageView<RetentionDecisionView> list(int page, int size) {
        var query = decisions.findAll(Sort.by("reference").and("id")).page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(RetentionDecisionView::of).toList(), page, size,
                query.count());
    }

    private void checkDates(RetentionDecisionRequest request) {
        if (request.decisionDate().isAfter(LocalDate.now(clock.withZone(SWEDEN)))) {
            throw ApiProblem.invalidField("decisionDate",
                    "decisionDate " + request.decisionDate()
                            + " is in the future: register a decision once it is taken");
        }
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ApiProblem.invalidField("validTo",
                    "validTo " + request.validTo() + " is before validFrom " + request.validFrom());
        }
    }

    private static void attachDocument(RetentionDecision decision, DecisionDocument document) {
        byte[] content;
        try {
            content = Base64.getDecoder().decode(document.contentBase64().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("document.contentBase64", "document.contentBase64 is not valid base64");
        }
        if (content.length == 0) {
            throw ApiProblem.invalidField("document.contentBase64", "document.contentBase64 holds an empty document");
        }
        decision.documentName = document.fileName().strip();
        decision.documentMediaType = document.mediaType();
        decision.documentContent = content;
        decision.documentSha256 = Sha256.hex(content);
    }

    private static void applyScope(RetentionDecision decision, DecisionScope scope) {
        decision.authorityIds = new LinkedHashSet<>(scope.authorityIds());
        decision.channelIds = new LinkedHashSet<>(scope.channelIds());
        decision.platforms = new LinkedHashSet<>(scope.platforms());
        decision.itemKinds = new LinkedHashSet<>(scope.itemKinds());
        decision.directions = new LinkedHashSet<>(scope.directions());
        decision.visibilities = new LinkedHashSet<>(scope.visibilities());
        decision.classificationCodes = new LinkedHashSet<>(
                scope.classificationCodes().stream().map(String::strip).toList());
    }

    private static boolean violatesUniqueReference(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && "retention_decision_reference_unique".equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ApiProblem conflict(String reference) {
        return ApiProblem.conflict("retention-decision-exists",
                "A retention decision with reference '" + reference + "' is already registered");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
