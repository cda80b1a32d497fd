package se.uppsikt.moderation.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.moderation.audit.AuditLog;
import se.uppsikt.moderation.channel.ChannelDirectory;
import se.uppsikt.moderation.channel.ChannelFacts;
import se.uppsikt.moderation.decision.DecisionRepository;
import se.uppsikt.moderation.decision.Execution;
import se.uppsikt.moderation.decision.ModerationDecision;
import se.uppsikt.moderation.notice.api.NoticeRecordView;
import se.uppsikt.moderation.notice.api.NoticeRequest;
import se.uppsikt.moderation.notice.api.NoticeView;
import se.uppsikt.moderation.reason.ReasonKey;
import se.uppsikt.moderation.reason.ReasonRepository;

/** The notice to the author of a removed item (req. 27): its text, and whether it was sent. */
@ApplicationScoped
public class RemovalNoticeService {

    /** Clocks of the moderator's device and this service differ a little; more than this is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final DecisionRepository decisions;
    private final RemovalNoticeRepository notices;
    private final ReasonRepository reasons;
    private final ChannelDirectory channels;
    private final AuditLog audit;
    private final Clock clock;

    public RemovalNoticeService(DecisionRepository decisions, RemovalNoticeRepository notices,
            ReasonRepository reasons, ChannelDirectory channels, AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.notices = notices;
        this.reasons = reasons;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    public NoticeView get(UUID decisionId) {
        ModerationDecision d = removal(decisionId);
        Optional<ChannelFacts> channel = channels.lookup(d.channelId).facts();
        String rulesUrl = channel.map(ChannelFacts::rulesUrl).filter(url -> !url.isBlank()).orElse(null);
        String reasonTitle = d.catalogueVersion == null || d.reasonCode == null
                ? d.reasonCode
                : Optional.ofNullable(reasons.findById(new ReasonKey(d.catalogueVersion, d.reasonCode)))
                        .map(r -> r.titleSv).orElse(d.reasonCode);
        String text = NoticeTemplate.render(d.outcome, channel.map(ChannelFacts::name).orElse(null), d.decidedAt,
                reasonTitle == null ? "sekretess" : reasonTitle, d.legalReference, d.reasonGroup, rulesUrl);
        List<NoticeRecordView> records = notices.listByDecision(decisionId).stream().map(NoticeRecordView::of)
                .toList();
        Boolean sent = records.isEmpty() ? null : records.get(records.size() - 1).sent();
        return new NoticeView(decisionId, text, rulesUrl, sent, records);
    }

    @Transactional
    public NoticeView record(UUID decisionId, NoticeRequest request, String moderator) {
        ModerationDecision d = removal(decisionId);
        Instant now = clock.instant();
        if (request.sent()) {
            if (request.channelUsed() == null) {
                throw ApiProblem.invalidField("channelUsed", "channelUsed is required when the notice was sent:"
                        + " PLATFORM_MESSAGE, PLATFORM_REPLY, EMAIL, LETTER or OTHER");
            }
            if (request.sentAt() == null) {
                throw ApiProblem.invalidField("sentAt", "sentAt is required when the notice was sent");
            }
            if (request.sentAt().isAfter(now.plus(CLOCK_SKEW))) {
                throw ApiProblem.invalidField("sentAt", "sentAt lies in the future");
            }
            if (request.sentAt().isBefore(d.decidedAt.minus(CLOCK_SKEW))) {
                throw ApiProblem.invalidField("sentAt", "sentAt lies before the decision was taken");
            }
        } else if (request.sentAt() != null) {
            throw ApiProblem.invalidField("sentAt", "sentAt must be left out when the notice was not sent");
        }
        RemovalNotice n = new RemovalNotice();
        n.id = UUID.randomUUID();
        n.decisionId = d.id;
        n.sent = request.sent();
        n.channelUsed = request.channelUsed();
        n.sentAt = request.sentAt();
        n.recordedBy = moderator;
        n.recordedAt = now;
        notices.persist(n);
        audit.record(moderator, "REMOVAL_NOTICE_RECORDED", "REVIEW_ITEM", d.reviewItemId,
                "decision " + d.id + ": notice " + (n.sent ? "sent by " + n.channelUsed : "not sent"));
        return get(decisionId);
    }

    /** Only an executed hide, removal or block has an author to tell. */
    private ModerationDecision removal(UUID decisionId) {
        ModerationDecision d = decisions.findByIdOptional(decisionId)
                .orElseThrow(() -> ApiProblem.notFound("Decision", decisionId));
        if (!d.outcome.takesDown() || d.execution != Execution.EXECUTED) {
            throw ApiProblem.conflict("no-removal", "decision " + decisionId + " is " + d.outcome + " ("
                    + d.execution + "); a notice is written only for an executed hide, removal or block");
        }
        return d;
    }
}
