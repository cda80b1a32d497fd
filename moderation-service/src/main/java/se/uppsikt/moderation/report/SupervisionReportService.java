package se.uppsikt.moderation.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.uppsikt.moderation.decision.Outcome;
import se.uppsikt.moderation.report.api.SupervisionReport;
import se.uppsikt.moderation.report.api.SupervisionReport.ChannelMonth;
import se.uppsikt.moderation.review.ReviewThresholds;

/** Builds the monthly supervision report from review items, alerts and decisions of one calendar month. */
@ApplicationScoped
public class SupervisionReportService {

    /** The month is the Swedish calendar month: a message at 23:30 on 31 October UTC belongs to November. */
    static final ZoneId REPORT_TIME_ZONE = ZoneId.of("Europe/Stockholm");

    private static final Set<Outcome> REMOVALS_AND_BLOCKS = Set.of(Outcome.HIDE, Outcome.REMOVE, Outcome.BLOCK_USER,
            Outcome.SECRET);

    private final EntityManager em;
    private final ReviewThresholds thresholds;
    private final Clock clock;

    public SupervisionReportService(EntityManager em, ReviewThresholds thresholds, Clock clock) {
        this.em = em;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    private record Item(UUID channelId, Instant publishedAt, Instant firstReviewedAt) {
    }

    private record Decision(UUID channelId, Outcome outcome, String reasonCode, String decidedBy) {
    }

    public SupervisionReport monthly(YearMonth month, Optional<UUID> channelId) {
        Instant from = month.atDay(1).atStartOfDay(REPORT_TIME_ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(REPORT_TIME_ZONE).toInstant();
        List<Item> items = em.createQuery("select r.channelId, r.platformCreatedAt, r.firstReviewedAt"
                + " from ReviewItem r where r.platformCreatedAt >= :from and r.platformCreatedAt < :to",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new Item((UUID) row[0], (Instant) row[1], (Instant) row[2]))
                .filter(i -> channelId.map(i.channelId()::equals).orElse(true)).toList();
        List<Decision> decisions = em.createQuery("select d.channelId, d.outcome, d.reasonCode, d.decidedBy"
                + " from ModerationDecision d where d.decidedAt >= :from and d.decidedAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> new Decision((UUID) row[0], (Outcome) row[1], (String) row[2], (String) row[3]))
                .filter(d -> channelId.map(d.channelId()::equals).orElse(true)).toList();
        Map<UUID, Long> alerts = em.createQuery("select a.channelId, count(a) from ReviewAlert a"
                + " where a.raisedAt >= :from and a.raisedAt < :to group by a.channelId", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));

        Set<UUID> channels = new TreeSet<>();
        items.forEach(i -> channels.add(i.channelId()));
        decisions.forEach(d -> channels.add(d.channelId()));
        channelId.ifPresent(channels::add);
        List<ChannelMonth> result = new ArrayList<>();
        for (UUID channel : channels) {
            result.add(channelMonth(channel, items.stream().filter(i -> i.channelId().equals(channel)).toList(),
                    decisions.stream().filter(d -> d.channelId().equals(channel)).toList(),
                    alerts.getOrDefault(channel, 0L)));
        }
        return new SupervisionReport(month, REPORT_TIME_ZONE.getId(), clock.instant(), result);
    }

    private ChannelMonth channelMonth(UUID channel, List<Item> items, List<Decision> decisions, long alerts) {
        Duration threshold = thresholds.forChannel(channel).duration();
        long reviewed = items.stream().filter(i -> i.firstReviewedAt() != null).count();
        long inTime = items.stream().filter(i -> i.firstReviewedAt() != null
                && thresholds.workingTimeBetween(i.publishedAt(), i.firstReviewedAt()).compareTo(threshold) <= 0)
                .count();
        double share = items.isEmpty() ? 1.0 : (double) inTime / items.size();
        return new ChannelMonth(channel, threshold.toSeconds(), items.size(), reviewed, inTime,
                Math.round(share * 1000) / 1000.0, alerts,
                count(decisions.stream().map(d -> d.outcome().name()).toList()),
                count(decisions.stream().filter(d -> REMOVALS_AND_BLOCKS.contains(d.outcome()))
                        .map(d -> d.reasonCode() == null ? "NONE" : d.reasonCode()).toList()),
                count(decisions.stream().map(Decision::decidedBy).toList()));
    }

    private static Map<String, Long> count(List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }
}
