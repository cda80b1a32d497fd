package se.uppsikt.retention.run;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.uppsikt.retention.archive.Candidate;
import se.uppsikt.retention.channel.ChannelFacts;
import se.uppsikt.retention.decision.DecisionRule;

/**
 * The disposal rules (requirements 51, 52, 58), as one pure function: a record may be disposed of under a decision
 * only if that decision is in force and covers it, nothing says it bevaras, it is not secret, no hold applies, and
 * the longest frist among every decision in force that covers it has run out. The longest frist wins because a
 * shorter decision cannot shorten what another decision still requires to be kept.
 */
public final class Eligibility {

    /** Frister are counted in Swedish calendar months and days. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private Eligibility() {
    }

    /** The dry-run verdict on one candidate; {@code reason} is null exactly when it is eligible. */
    public record Verdict(ExclusionReason reason, Instant triggerAt, Instant dueAt, UUID governingDecisionId) {

        public boolean eligible() {
            return reason == null;
        }

        static Verdict excluded(ExclusionReason reason) {
            return new Verdict(reason, null, null, null);
        }
    }

    /**
     * @param runDecision the decision the run is under; the caller has checked it is in force at {@code at}
     * @param inForce every decision in force at {@code at}, the run's own included
     */
    public static Verdict judge(Candidate item, Optional<ChannelFacts> channel, DecisionRule runDecision,
            List<DecisionRule> inForce, Instant at) {
        if (channel.isEmpty()) {
            return Verdict.excluded(ExclusionReason.CHANNEL_UNKNOWN);
        }
        ChannelFacts ch = channel.get();
        if (!covers(runDecision, item, ch)) {
            return Verdict.excluded(ExclusionReason.OUT_OF_SCOPE);
        }
        if (inForce.stream().anyMatch(d -> d.preserves(item.channelId(), ch.authorityId(), ch.platform(),
                ch.classificationCode(), item.kind()))) {
            return Verdict.excluded(ExclusionReason.PRESERVED);
        }
        if (item.visibility() == se.uppsikt.retention.decision.Visibility.SECRET) {
            return Verdict.excluded(ExclusionReason.SECRET);
        }
        if (item.held()) {
            return Verdict.excluded(ExclusionReason.HELD);
        }
        Instant latestDue = null;
        Instant governingTrigger = null;
        UUID governing = null;
        List<DecisionRule> considered = new java.util.ArrayList<>();
        considered.add(runDecision);
        inForce.stream().filter(d -> !d.id().equals(runDecision.id())).forEach(considered::add);
        for (DecisionRule decision : considered) {
            if (!covers(decision, item, ch)) {
                continue;
            }
            Instant trigger = triggerOf(decision, item, ch);
            if (trigger == null) {
                return Verdict.excluded(ExclusionReason.TRIGGER_UNKNOWN);
            }
            Instant due = trigger.atZone(SWEDEN).plus(decision.period()).toInstant();
            if (latestDue == null || due.isAfter(latestDue)) {
                latestDue = due;
                governingTrigger = trigger;
                governing = decision.id();
            }
        }
        ExclusionReason reason = latestDue.isAfter(at) ? ExclusionReason.NOT_DUE : null;
        return new Verdict(reason, governingTrigger, latestDue, governing);
    }

    static boolean covers(DecisionRule decision, Candidate item, ChannelFacts ch) {
        return decision.covers(item.channelId(), ch.authorityId(), ch.platform(), ch.classificationCode(),
                item.kind(), item.direction(), item.visibility());
    }

    /** The moment the frist starts; null when Uppsikt cannot know it (the case system or a person decides). */
    static Instant triggerOf(DecisionRule decision, Candidate item, ChannelFacts ch) {
        return switch (decision.trigger()) {
            case CREATED -> item.platformCreatedAt();
            case CAPTURED -> item.capturedAt();
            case CHANNEL_CLOSED -> ch.endDate() == null ? null : ch.endDate().atStartOfDay(SWEDEN).toInstant();
            case CASE_CLOSED, SUPERSEDED -> null;
        };
    }
}
