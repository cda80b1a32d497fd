package se.uppsikt.retention.erasure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.archive.Candidate;
import se.uppsikt.retention.archive.CandidatePage;
import se.uppsikt.retention.archive.CandidateQuery;
import se.uppsikt.retention.archive.CandidateSource;
import se.uppsikt.retention.channel.ChannelFacts;
import se.uppsikt.retention.channel.ChannelSource;
import se.uppsikt.retention.decision.DecisionRule;
import se.uppsikt.retention.decision.RetentionDecisionService;
import se.uppsikt.retention.erasure.ErasureRequestItem.Verdict;
import se.uppsikt.retention.erasure.api.ErasureRequestBody;
import se.uppsikt.retention.erasure.api.ErasureRequestView;
import se.uppsikt.retention.run.Eligibility;
import se.uppsikt.retention.run.ExclusionReason;

/**
 * Registers GDPR erasure requests and answers them under archive law (requirement 59; SKR 2019-11-29): the GDPR
 * gives way to the duty to keep allmänna handlingar (art. 17.3 b), so a record is only ever destroyed by a normal
 * disposal run under a gallringsbeslut. The answer names that decision and date, or says archive law prevails, and
 * in both cases points to unpublishing from the public channel, which the GDPR request can still achieve.
 */
@ApplicationScoped
public class ErasureService {

    private final ErasureRequestRepository requests;
    private final RetentionDecisionService decisions;
    private final CandidateSource candidates;
    private final ChannelSource channels;
    private final Clock clock;

    public ErasureService(ErasureRequestRepository requests, RetentionDecisionService decisions,
            CandidateSource candidates, ChannelSource channels, Clock clock) {
        this.requests = requests;
        this.decisions = decisions;
        this.candidates = candidates;
        this.channels = channels;
        this.clock = clock;
    }

    @Transactional
    public ErasureRequestView register(ErasureRequestBody body, String actor) {
        Optional<ChannelFacts> channel = channels.find(body.channelId());
        if (channel.isEmpty()) {
            throw ApiProblem.invalidField("channelId", "channel " + body.channelId() + " is not in the register");
        }
        Instant now = clock.instant();
        List<DecisionRule> inForce = decisions.activeRules(LocalDate.ofInstant(now, Eligibility.SWEDEN));
        Set<UUID> wanted = new LinkedHashSet<>(body.itemIds());
        Map<UUID, ErasureRequestItem> verdicts = new HashMap<>();
        // walk the channel's records once, page by page, judging only the ones the person named
        CandidateQuery query = new CandidateQuery(List.of(body.channelId()), List.of(), List.of(), List.of(), null,
                null, null, 1000);
        while (verdicts.size() < wanted.size()) {
            CandidatePage page = candidates.page(query);
            for (Candidate c : page.items()) {
                if (wanted.contains(c.itemId())) {
                    verdicts.put(c.itemId(), judge(c, channel, inForce, now));
                }
            }
            if (page.next() == null || page.items().isEmpty()) {
                break;
            }
            query = query.next(page.next());
        }

        ErasureRequest request = new ErasureRequest();
        request.id = UUID.randomUUID();
        request.subjectReference = body.subjectReference().strip();
        request.channelId = body.channelId();
        request.receivedOn = body.receivedOn();
        request.registeredBy = actor;
        request.registeredAt = now;
        for (UUID itemId : wanted) {
            ErasureRequestItem item = verdicts.getOrDefault(itemId, new ErasureRequestItem());
            item.request = request;
            item.itemId = itemId;
            if (item.verdict == null) {
                item.verdict = Verdict.NOT_FOUND;
            }
            request.items.add(item);
        }
        long covered = request.items.stream().filter(i -> i.verdict == Verdict.COVERED_BY_DECISION).count();
        request.outcome = covered == 0
                ? ErasureRequest.Outcome.ARCHIVE_LAW_PREVAILS
                : covered == request.items.size()
                        ? ErasureRequest.Outcome.DISPOSED_BY_RUN
                        : ErasureRequest.Outcome.PARTLY_DISPOSED_BY_RUN;
        request.answer = answer(request.outcome, covered, request.items.size());
        requests.persist(request);
        return ErasureRequestView.of(request);
    }

    @Transactional
    public ErasureRequestView get(UUID id) {
        return requests.findByIdOptional(id).map(ErasureRequestView::of)
                .orElseThrow(() -> ApiProblem.notFound("Erasure request", id));
    }

    /** Covered when a decision in force will allow a run to dispose of it, now or once its frist runs out. */
    private static ErasureRequestItem judge(Candidate c, Optional<ChannelFacts> channel, List<DecisionRule> inForce,
            Instant now) {
        ErasureRequestItem item = new ErasureRequestItem();
        item.verdict = Verdict.NO_DECISION;
        for (DecisionRule decision : inForce) {
            Eligibility.Verdict v = Eligibility.judge(c, channel, decision, inForce, now);
            if (v.reason() == ExclusionReason.OUT_OF_SCOPE) {
                continue;
            }
            if (v.eligible() || v.reason() == ExclusionReason.NOT_DUE) {
                item.verdict = Verdict.COVERED_BY_DECISION;
                item.decisionId = v.governingDecisionId();
                item.dueAt = v.dueAt();
                return item;
            }
            item.verdict = switch (v.reason()) {
                case HELD -> Verdict.HELD;
                case PRESERVED -> Verdict.PRESERVED;
                case SECRET -> Verdict.SECRET;
                default -> Verdict.NO_DECISION;
            };
        }
        return item;
    }

    private static String answer(ErasureRequest.Outcome outcome, long covered, int total) {
        String unpublish = " Oavsett detta kan inlägget avpubliceras (döljas eller tas bort) från den sociala "
                + "kanalen; handlingen finns då kvar i myndighetens arkiv.";
        return switch (outcome) {
            case DISPOSED_BY_RUN -> "Samtliga " + total + " handlingar omfattas av ett gallringsbeslut och gallras "
                    + "i en ordinarie gallringsomgång när gallringsfristen har löpt ut." + unpublish;
            case PARTLY_DISPOSED_BY_RUN -> covered + " av " + total + " handlingar omfattas av ett gallringsbeslut "
                    + "och gallras i en ordinarie gallringsomgång när fristen har löpt ut. Övriga är allmänna "
                    + "handlingar som ska bevaras enligt arkivlagen (1990:782); arkivlagen har företräde framför "
                    + "rätten till radering (dataskyddsförordningen art. 17.3 b)." + unpublish;
            case ARCHIVE_LAW_PREVAILS -> "Handlingarna är allmänna handlingar som inte omfattas av något "
                    + "gallringsbeslut och ska bevaras enligt arkivlagen (1990:782). Arkivlagen har företräde framför "
                    + "rätten till radering (dataskyddsförordningen art. 17.3 b)." + unpublish;
        };
    }
}
