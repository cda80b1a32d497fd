package se.uppsikt.moderation.decision;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.moderation.archive.ArchiveClient;
import se.uppsikt.moderation.archive.TakedownRequest;
import se.uppsikt.moderation.archive.TakedownResult;
import se.uppsikt.moderation.audit.AuditLog;
import se.uppsikt.moderation.blocklist.BlockList;
import se.uppsikt.moderation.decision.DecisionRules.CitedReason;
import se.uppsikt.moderation.decision.api.DecisionRequest;
import se.uppsikt.moderation.decision.api.DecisionView;
import se.uppsikt.moderation.registration.RegistrationRepository;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewService;

/**
 * Records triage decisions. A decision that acts on the platform first asks the archive to seal evidence and take
 * the item down (req. 19): no evidence, no takedown, and the decision is recorded as not executed. The decision,
 * the item's first review and the registration request commit together or not at all.
 */
@ApplicationScoped
public class DecisionService {

    private final DecisionRepository decisions;
    private final DecisionRules rules;
    private final DecisionRegistrations registrationPolicy;
    private final RegistrationRepository registrations;
    private final ReviewService reviews;
    private final ArchiveClient archive;
    private final AuditLog audit;
    private final FourEyesConfig fourEyes;
    private final BlockList blockList;
    private final Clock clock;

    public DecisionService(DecisionRepository decisions, DecisionRules rules,
            DecisionRegistrations registrationPolicy, RegistrationRepository registrations, ReviewService reviews,
            ArchiveClient archive, AuditLog audit, FourEyesConfig fourEyes, BlockList blockList, Clock clock) {
        this.decisions = decisions;
        this.rules = rules;
        this.registrationPolicy = registrationPolicy;
        this.registrations = registrations;
        this.reviews = reviews;
        this.archive = archive;
        this.audit = audit;
        this.fourEyes = fourEyes;
        this.blockList = blockList;
        this.clock = clock;
    }

    @Transactional
    public DecisionView decide(DecisionRequest request, String decider) {
        ReviewItem item = reviews.find(request.reviewItemId());
        checkCorrection(request, item);
        Optional<CitedReason> reason = rules.check(request);

        ModerationDecision d = decision(request, item, reason, decider);
        if (fourEyes.required(d.outcome, item.channelId)) {
            d.execution = Execution.AWAITING_APPROVAL;
        } else if (d.outcome.takesDown()) {
            takeDown(d, decider);
        } else {
            d.execution = Execution.NOT_APPLICABLE;
        }
        if (d.outcome == Outcome.SECRET) {
            // The information is secret whatever the platform did: restrict it here at once (req. 23).
            item.secret = true;
        }
        item.reviewed(decider, d.decidedAt);
        d.registrationId = registrationPolicy.register(d, item, reason, decider).orElse(null);
        decisions.persist(d);
        addToBlockList(d, item);
        audit.record(decider, "DECISION_RECORDED", "REVIEW_ITEM", item.id,
                d.outcome + " decision " + d.id + " (" + d.execution + ")");
        Log.infof("Decision %s on review item %s: %s by %s (%s)", d.id, item.id, d.outcome, decider, d.execution);
        return view(d);
    }

    /**
     * A second moderator approves a decision awaiting four-eyes approval: the approval is a new decision record that
     * names the approved one and is then executed like any other (evidence first, then the platform, then the
     * registration). The approved record itself never changes.
     */
    @Transactional
    public DecisionView approve(UUID id, String approver) {
        ModerationDecision original = decisions.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("Decision", id));
        if (original.execution != Execution.AWAITING_APPROVAL) {
            throw ApiProblem.conflict("not-awaiting-approval", "decision " + id + " does not await approval");
        }
        if (original.decidedBy.equals(approver)) {
            throw ApiProblem.conflict("four-eyes", "a second moderator must approve; " + approver
                    + " took the decision");
        }
        decisions.lockForApproval(id);
        if (decisions.isApproved(id)) {
            throw ApiProblem.conflict("already-approved", "decision " + id + " is already approved");
        }
        ReviewItem item = reviews.find(original.reviewItemId);
        ModerationDecision d = approval(original, approver);
        takeDown(d, approver);
        d.registrationId = registrationPolicy.register(d, item, rules.cited(original), approver).orElse(null);
        decisions.persist(d);
        addToBlockList(d, item);
        audit.record(approver, "DECISION_APPROVED", "REVIEW_ITEM", item.id,
                "approved decision " + original.id + " as " + d.id + " (" + d.execution + ")");
        return view(d);
    }

    public DecisionView get(UUID id) {
        return view(decisions.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Decision", id)));
    }

    public List<DecisionView> forReviewItem(UUID reviewItemId) {
        reviews.find(reviewItemId);
        return decisions.listByReviewItem(reviewItemId).stream().map(this::view).toList();
    }

    private void checkCorrection(DecisionRequest request, ReviewItem item) {
        if (request.correctsDecisionId() == null) {
            return;
        }
        ModerationDecision corrected = decisions.findByIdOptional(request.correctsDecisionId())
                .orElseThrow(() -> ApiProblem.invalidField("correctsDecisionId",
                        "decision " + request.correctsDecisionId() + " does not exist"));
        if (!corrected.reviewItemId.equals(item.id)) {
            throw ApiProblem.invalidField("correctsDecisionId",
                    "a correction must be about the same item as the decision it corrects");
        }
    }

    private ModerationDecision decision(DecisionRequest r, ReviewItem item, Optional<CitedReason> reason,
            String decider) {
        ModerationDecision d = new ModerationDecision();
        d.id = UUID.randomUUID();
        d.reviewItemId = item.id;
        d.itemId = item.itemId;
        d.channelId = item.channelId;
        d.outcome = r.outcome();
        reason.ifPresent(cited -> {
            d.catalogueVersion = cited.catalogueVersion();
            d.reasonCode = cited.reason().code();
            d.reasonGroup = cited.reason().group();
            d.legalReference = cited.reason().legalReference();
            d.policeReportPending = cited.reason().specialEvidenceHandling();
        });
        d.motivation = strip(r.motivation());
        d.answerText = strip(r.answerText());
        d.answerPlatformId = strip(r.answerPlatformId());
        d.caseNumber = strip(r.caseNumber());
        d.caseTitle = strip(r.caseTitle());
        d.secrecyProvision = strip(r.secrecyProvision());
        if (d.outcome == Outcome.SECRET) {
            // The catalogue says "OSL (provision to be stated)"; the decision states it.
            d.legalReference = d.secrecyProvision;
        }
        d.reportReference = strip(r.reportReference());
        d.policeReportPending = d.policeReportPending || d.outcome == Outcome.REPORT_POLICE;
        d.correctsDecisionId = r.correctsDecisionId();
        d.decidedBy = decider;
        d.decidedAt = clock.instant();
        return d;
    }

    private ModerationDecision approval(ModerationDecision o, String approver) {
        ModerationDecision d = new ModerationDecision();
        d.id = UUID.randomUUID();
        d.reviewItemId = o.reviewItemId;
        d.itemId = o.itemId;
        d.channelId = o.channelId;
        d.outcome = o.outcome;
        d.catalogueVersion = o.catalogueVersion;
        d.reasonCode = o.reasonCode;
        d.reasonGroup = o.reasonGroup;
        d.legalReference = o.legalReference;
        d.motivation = o.motivation;
        d.policeReportPending = o.policeReportPending;
        d.decidedBy = o.decidedBy;
        d.decidedAt = clock.instant();
        d.approvesDecisionId = o.id;
        d.approvedBy = approver;
        return d;
    }

    private void takeDown(ModerationDecision d, String decider) {
        String action = d.outcome == Outcome.SECRET ? "REMOVE" : d.outcome.name();
        TakedownResult result;
        try {
            result = archive.takedown(new TakedownRequest(d.id, d.itemId, action, d.reasonCode, decider));
        } catch (RuntimeException e) {
            Log.warnf("Takedown for decision %s not answered: %s", d.id, e.getClass().getSimpleName());
            throw ApiProblem.dependencyUnavailable("archive-unavailable", "The archive did not answer, so no evidence "
                    + "was sealed and nothing was done on the platform. Nothing was recorded; try again.");
        }
        d.takedownId = result.takedownId();
        d.evidenceSha256 = result.evidenceSha256() == null ? null : String.join(",", result.evidenceSha256());
        if (result.executed()) {
            d.execution = Execution.EXECUTED;
        } else {
            d.execution = Execution.NOT_EXECUTED;
            d.executionDetail = result.status() + ": " + (result.detail() == null
                    ? "no detail given"
                    : result.detail());
        }
    }

    /** An executed block is entered on the channel's block list in the decision's own transaction (req. 25). */
    private void addToBlockList(ModerationDecision d, ReviewItem item) {
        if (d.outcome == Outcome.BLOCK_USER && d.execution == Execution.EXECUTED) {
            decisions.flush();
            blockList.add(d.id, d.channelId, item.id, item.itemId, item.authorHandle, d.reasonCode, d.legalReference,
                    d.decidedBy, d.approvedBy, d.decidedAt);
        }
    }

    private DecisionView view(ModerationDecision d) {
        return DecisionView.of(d, d.registrationId == null ? null : registrations.findById(d.registrationId));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
