package se.uppsikt.retention.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import se.uppsikt.retention.archive.Candidate;
import se.uppsikt.retention.archive.CandidatePage;
import se.uppsikt.retention.archive.CandidateQuery;
import se.uppsikt.retention.archive.DisposeOutcome;
import se.uppsikt.retention.channel.ChannelFacts;
import se.uppsikt.retention.decision.DecisionRule;
import se.uppsikt.retention.decision.Direction;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.Platform;
import se.uppsikt.retention.decision.RetentionTrigger;
import se.uppsikt.retention.decision.Visibility;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * With random decisions, channels, items and holds (some arriving between dry run and execution), running every
 * decision in force through the planner and the archive disposes of exactly the records the rules allow: covered by
 * a decision in force, the longest covering frist run out, not held, not secret, not "bevaras".
 */
class DisposalRulesPropertyTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, SWEDEN);
    private static final List<UUID> AUTHORITIES = List.of(new UUID(1, 1), new UUID(1, 2));
    private static final List<UUID> CHANNELS = List.of(new UUID(2, 1), new UUID(2, 2), new UUID(2, 3),
            new UUID(2, 4));

    /** An archived record, whether a hold arrives after the dry run, and what the archive knows about it. */
    record Record(Candidate candidate, boolean heldLater) {
    }

    @Property(tries = 300)
    void disposedSetIsExactlyTheSetTheRulesAllow(@ForAll("decisions") List<DecisionRule> decisions,
            @ForAll("channels") List<ChannelFacts> channels, @ForAll("records") List<Record> records) {
        Map<UUID, ChannelFacts> channelById = channels.stream()
                .collect(Collectors.toMap(ChannelFacts::id, c -> c, (a, b) -> a));
        TreeMap<UUID, Record> archive = new TreeMap<>();
        records.forEach(r -> archive.put(r.candidate.itemId(), r));

        List<DecisionRule> inForce = decisions.stream().filter(d -> d.activeOn(TODAY)).toList();
        Set<UUID> disposed = new HashSet<>();
        for (DecisionRule decision : inForce) {
            DisposalPlanner planner = new DisposalPlanner(q -> page(archive, disposed, q),
                    id -> Optional.ofNullable(channelById.get(id)), 3);
            List<UUID> eligible = new ArrayList<>();
            planner.plan(decision, inForce, NOW, page -> page.stream().filter(p -> p.verdict().eligible())
                    .forEach(p -> eligible.add(p.candidate().itemId())));
            for (DisposeOutcome outcome : dispose(archive, disposed, eligible)) {
                if (outcome.outcome() == DisposeOutcome.Outcome.DISPOSED) {
                    disposed.add(outcome.itemId());
                }
            }
        }

        Set<UUID> allowed = records.stream().filter(r -> allowed(r, decisions, channelById))
                .map(r -> r.candidate.itemId()).collect(Collectors.toSet());
        assertEquals(allowed, disposed);
    }

    /** The rules, restated plainly and independently of the production code. */
    private static boolean allowed(Record r, List<DecisionRule> decisions, Map<UUID, ChannelFacts> channels) {
        Candidate c = r.candidate;
        ChannelFacts ch = channels.get(c.channelId());
        if (ch == null || c.held() || r.heldLater || c.visibility() == Visibility.SECRET) {
            return false;
        }
        List<DecisionRule> inForce = decisions.stream()
                .filter(d -> !d.validFrom().isAfter(TODAY) && (d.validTo() == null || !d.validTo().isBefore(TODAY)))
                .toList();
        boolean reached = false;
        for (DecisionRule d : inForce) {
            boolean reachesChannel = d.authorityIds().contains(ch.authorityId())
                    && (d.channelIds().isEmpty() || d.channelIds().contains(ch.id()))
                    && (d.platforms().isEmpty() || d.platforms().contains(ch.platform()));
            if (reachesChannel && d.preservedItemKinds().contains(c.kind())) {
                return false;
            }
            boolean covers = reachesChannel && d.itemKinds().contains(c.kind())
                    && (d.directions().isEmpty() || d.directions().contains(c.direction()))
                    && (d.visibilities().isEmpty() || d.visibilities().contains(c.visibility()));
            if (!covers) {
                continue;
            }
            reached = true;
            Instant start = switch (d.trigger()) {
                case CREATED -> c.platformCreatedAt();
                case CAPTURED -> c.capturedAt();
                default -> null;
            };
            if (start == null || start.atZone(SWEDEN).plus(d.period()).toInstant().isAfter(NOW)) {
                return false;
            }
        }
        return reached;
    }

    /** The archive's candidate API: filters, keyset by item id, disposed records no longer offered. */
    private static CandidatePage page(TreeMap<UUID, Record> archive, Set<UUID> disposed, CandidateQuery q) {
        var from = q.after() == null ? archive : archive.tailMap(q.after(), false);
        List<Candidate> items = new ArrayList<>();
        UUID last = null;
        for (Record r : from.values()) {
            Candidate c = r.candidate;
            if (disposed.contains(c.itemId()) || !q.channelIds().isEmpty() && !q.channelIds().contains(c.channelId())
                    || !q.kinds().isEmpty() && !q.kinds().contains(c.kind())
                    || !q.directions().isEmpty() && !q.directions().contains(c.direction())
                    || !q.visibilities().isEmpty() && !q.visibilities().contains(c.visibility())
                    || q.createdBefore() != null && !c.platformCreatedAt().isBefore(q.createdBefore())
                    || q.capturedBefore() != null && !c.capturedAt().isBefore(q.capturedBefore())) {
                continue;
            }
            if (items.size() == q.limit()) {
                return new CandidatePage(items, last);
            }
            items.add(c);
            last = c.itemId();
        }
        return new CandidatePage(items, null);
    }

    /** The archive's dispose API: holds are re-checked, including those that arrived after the dry run. */
    private static List<DisposeOutcome> dispose(Map<UUID, Record> archive, Set<UUID> disposed, List<UUID> ids) {
        List<DisposeOutcome> outcomes = new ArrayList<>();
        for (UUID id : ids) {
            Record r = archive.get(id);
            DisposeOutcome.Outcome outcome = r == null
                    ? DisposeOutcome.Outcome.NOT_FOUND
                    : disposed.contains(id)
                            ? DisposeOutcome.Outcome.ALREADY_DISPOSED
                            : r.candidate.held() || r.heldLater
                                    ? DisposeOutcome.Outcome.SKIPPED_HELD
                                    : DisposeOutcome.Outcome.DISPOSED;
            outcomes.add(new DisposeOutcome(id, outcome, null));
        }
        return outcomes;
    }

    @Provide
    Arbitrary<List<DecisionRule>> decisions() {
        var reach = Combinators.combine(Arbitraries.of(AUTHORITIES), Arbitraries.subsetOf(CHANNELS).ofMaxSize(2),
                Arbitraries.subsetOf(Platform.FACEBOOK_PAGE, Platform.INSTAGRAM, Platform.X).ofMaxSize(2),
                Arbitraries.subsetOf(ItemKind.values()).ofMinSize(1).ofMaxSize(3)).as(Tuple::of);
        Arbitrary<Tuple.Tuple2<Period, RetentionTrigger>> rules = Arbitraries.of(
                Tuple.of(Period.ofMonths(1), RetentionTrigger.CREATED),
                Tuple.of(Period.ofMonths(6), RetentionTrigger.CAPTURED),
                Tuple.of(Period.ofYears(1), RetentionTrigger.CREATED),
                Tuple.of(Period.ofYears(3), RetentionTrigger.CREATED),
                Tuple.of(Period.of(1, 1, 15), RetentionTrigger.CAPTURED),
                Tuple.of(Period.ofYears(2), RetentionTrigger.CASE_CLOSED));
        Arbitrary<Set<ItemKind>> preserved = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just(Set.<ItemKind>of())),
                Tuple.of(3, Arbitraries.of(ItemKind.values()).map(Set::of)));
        Arbitrary<DecisionRule> decision = Combinators.combine(reach, Arbitraries.subsetOf(Direction.values()),
                Arbitraries.subsetOf(Visibility.values()).ofMaxSize(2), rules,
                Arbitraries.integers().between(-5, 2).map(TODAY::plusYears), preserved)
                .as((r, directions, visibilities, rule, validFrom, keep) -> new DecisionRule(UUID.randomUUID(),
                        "KS " + UUID.randomUUID(), validFrom, validFrom.plusYears(3), rule.get1(), rule.get2(),
                        Set.of(r.get1()), r.get2(), r.get3(), r.get4(), directions, visibilities, Set.of(), keep,
                        Set.of(), false));
        return decision.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<ChannelFacts>> channels() {
        return Combinators.combine(Arbitraries.of(AUTHORITIES).list().ofSize(CHANNELS.size()),
                Arbitraries.of(Platform.FACEBOOK_PAGE, Platform.INSTAGRAM, Platform.X).list().ofSize(CHANNELS.size()),
                Arbitraries.integers().between(0, CHANNELS.size()))
                .as((authorities, platforms, known) -> {
                    List<ChannelFacts> facts = new ArrayList<>();
                    // the last channels are sometimes unknown to the registry
                    for (int i = 0; i < known; i++) {
                        facts.add(new ChannelFacts(CHANNELS.get(i), authorities.get(i), platforms.get(i), null, null));
                    }
                    return facts;
                });
    }

    @Provide
    Arbitrary<List<Record>> records() {
        Arbitrary<Record> record = Combinators.combine(Arbitraries.of(CHANNELS), Arbitraries.of(ItemKind.values()),
                Arbitraries.of(Direction.values()), Arbitraries.of(Visibility.values()),
                Arbitraries.integers().between(0, 5 * 366), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9))
                .as((channel, kind, direction, visibility, ageDays, captureDelayDays, held, heldLater) -> {
                    Instant created = NOW.minus(ageDays, ChronoUnit.DAYS).minus(ageDays % 7, ChronoUnit.HOURS);
                    Instant captured = created.plus(Math.min(captureDelayDays, ageDays), ChronoUnit.DAYS);
                    return new Record(new Candidate(UUID.randomUUID(), channel, kind, direction, visibility, created,
                            captured, "00", held == 0), heldLater == 0);
                });
        return record.list().ofMaxSize(40);
    }
}
