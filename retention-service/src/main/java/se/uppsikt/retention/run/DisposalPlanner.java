package se.uppsikt.retention.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import se.uppsikt.retention.archive.Candidate;
import se.uppsikt.retention.archive.CandidatePage;
import se.uppsikt.retention.archive.CandidateQuery;
import se.uppsikt.retention.archive.CandidateSource;
import se.uppsikt.retention.channel.ChannelFacts;
import se.uppsikt.retention.channel.ChannelSource;
import se.uppsikt.retention.decision.DecisionRule;
import se.uppsikt.retention.decision.RetentionTrigger;

/**
 * Walks the archive's candidates for a decision page by page (keyset) and judges each one; a page is handed to the
 * sink and forgotten, so a run over any number of candidates holds one page at a time. Pure: no database, so the
 * property test drives exactly this code with in-memory fakes.
 */
public final class DisposalPlanner {

    /** A candidate and its verdict. */
    public record Planned(Candidate candidate, Eligibility.Verdict verdict) {
    }

    /** How many candidates were judged and how many of them may be disposed of. */
    public record Summary(long candidates, long eligible) {
    }

    // Month arithmetic is not invertible (31 January plus a month is 28 February), so the archive is asked for a
    // little more than strictly due; the rules then judge every candidate exactly.
    private static final int CUTOFF_SLACK_DAYS = 4;

    private final CandidateSource candidates;
    private final ChannelSource channels;
    private final int pageSize;

    public DisposalPlanner(CandidateSource candidates, ChannelSource channels, int pageSize) {
        this.candidates = candidates;
        this.channels = channels;
        this.pageSize = pageSize;
    }

    public Summary plan(DecisionRule decision, List<DecisionRule> inForce, Instant at, Consumer<List<Planned>> sink) {
        Map<UUID, Optional<ChannelFacts>> channelMemo = new HashMap<>();
        CandidateQuery query = queryFor(decision, at);
        long total = 0;
        long eligible = 0;
        while (true) {
            CandidatePage page = candidates.page(query);
            List<Planned> judged = new ArrayList<>(page.items().size());
            for (Candidate c : page.items()) {
                Optional<ChannelFacts> channel = channelMemo.computeIfAbsent(c.channelId(), channels::find);
                Eligibility.Verdict verdict = Eligibility.judge(c, channel, decision, inForce, at);
                judged.add(new Planned(c, verdict));
                eligible += verdict.eligible() ? 1 : 0;
            }
            total += judged.size();
            if (!judged.isEmpty()) {
                sink.accept(judged);
            }
            if (page.next() == null || page.items().isEmpty()) {
                return new Summary(total, eligible);
            }
            query = query.next(page.next());
        }
    }

    CandidateQuery queryFor(DecisionRule decision, Instant at) {
        Instant cutoff = at.atZone(Eligibility.SWEDEN).minus(decision.period()).plusDays(CUTOFF_SLACK_DAYS)
                .toInstant();
        Instant createdBefore = decision.trigger() == RetentionTrigger.CREATED ? cutoff : null;
        Instant capturedBefore = decision.trigger() == RetentionTrigger.CAPTURED ? cutoff : null;
        return new CandidateQuery(List.copyOf(decision.channelIds()), List.copyOf(decision.itemKinds()),
                List.copyOf(decision.directions()), List.copyOf(decision.visibilities()), createdBefore,
                capturedBefore, null, pageSize);
    }
}
