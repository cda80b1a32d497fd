package se.uppsikt.retention.upcoming;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.uppsikt.retention.archive.CandidateSource;
import se.uppsikt.retention.channel.ChannelSource;
import se.uppsikt.retention.decision.DecisionRule;
import se.uppsikt.retention.decision.RetentionDecisionService;
import se.uppsikt.retention.run.DisposalPlanner;

/**
 * Upcoming disposals (requirement 60): the same planner as a dry run, judged at the horizon instead of now, and
 * counted instead of stored. Each record is counted once, under the decision whose frist governs it.
 */
@ApplicationScoped
public class UpcomingDisposalsService {

    private final RetentionDecisionService decisions;
    private final CandidateSource candidates;
    private final ChannelSource channels;
    private final Clock clock;
    private final int pageSize;

    public UpcomingDisposalsService(RetentionDecisionService decisions, CandidateSource candidates,
            ChannelSource channels, Clock clock,
            @ConfigProperty(name = "retention.candidates.page-size", defaultValue = "500") int pageSize) {
        this.decisions = decisions;
        this.candidates = candidates;
        this.channels = channels;
        this.clock = clock;
        this.pageSize = Math.min(pageSize, 1000);
    }

    private static final class Tally {
        long dueNow;
        long comingDue;
        Instant nextDueAt;
    }

    public List<UpcomingDisposal> next(int days) {
        Instant now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(days));
        List<DecisionRule> inForce = decisions
                .activeRules(LocalDate.ofInstant(now, ZoneId.of("Europe/Stockholm")));
        DisposalPlanner planner = new DisposalPlanner(candidates, channels, pageSize);
        List<UpcomingDisposal> result = new ArrayList<>();
        for (DecisionRule decision : inForce) {
            Map<UUID, Tally> perChannel = new TreeMap<>();
            planner.plan(decision, inForce, horizon, page -> page.stream()
                    .filter(p -> p.verdict().eligible() && decision.id().equals(p.verdict().governingDecisionId()))
                    .forEach(p -> {
                        Tally t = perChannel.computeIfAbsent(p.candidate().channelId(), c -> new Tally());
                        Instant due = p.verdict().dueAt();
                        if (due.isAfter(now)) {
                            t.comingDue++;
                            t.nextDueAt = t.nextDueAt == null || due.isBefore(t.nextDueAt) ? due : t.nextDueAt;
                        } else {
                            t.dueNow++;
                        }
                    }));
            perChannel.forEach((channel, t) -> result.add(new UpcomingDisposal(channel, decision.id(),
                    decision.reference(), t.dueNow, t.comingDue, t.nextDueAt)));
        }
        result.sort(
                Comparator.comparing(UpcomingDisposal::channelId).thenComparing(UpcomingDisposal::decisionReference));
        return result;
    }
}
