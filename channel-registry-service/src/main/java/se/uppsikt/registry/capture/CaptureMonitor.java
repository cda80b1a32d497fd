package se.uppsikt.registry.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.registry.capture.api.CaptureAlertView;
import se.uppsikt.registry.capture.api.CaptureReport;
import se.uppsikt.registry.channel.Channel;
import se.uppsikt.registry.channel.ChannelRepository;
import se.uppsikt.registry.channel.ChannelStatus;

/**
 * Watches that every open channel is captured as often as its schedule says (requirement 10; SKR: at least every
 * half-year). The archive reports each finished capture; a daily check raises one alert per overdue channel and
 * resolves it when a successful capture arrives. Open alerts are also a gauge, so monitoring can page someone.
 */
@ApplicationScoped
public class CaptureMonitor {

    /** The brief's default when a channel is captured on a cron schedule rather than an interval. */
    static final Duration CRON_SCHEDULE_GRACE = Duration.ofDays(183);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ChannelRepository channels;
    private final EntityManager em;
    private final Clock clock;

    public CaptureMonitor(ChannelRepository channels, EntityManager em, Clock clock, MeterRegistry meters) {
        this.channels = channels;
        this.em = em;
        this.clock = clock;
        Gauge.builder("uppsikt.channels.capture.overdue", this,
                m -> QuarkusTransaction.requiringNew().call(m::countOpen))
                .description("Channels without a successful capture within their interval").register(meters);
    }

    @Transactional
    public void report(UUID channelId, CaptureReport report) {
        Channel c = channels.findByIdOptional(channelId).orElseThrow(() -> ApiProblem.notFound("Channel", channelId));
        if (!"SUCCEEDED".equals(report.status())) {
            // A failed capture changes nothing: the channel stays as overdue as it was.
            return;
        }
        if (c.lastCaptureAt == null || report.completedAt().isAfter(c.lastCaptureAt)) {
            c.lastCaptureAt = report.completedAt();
            c.lastCaptureId = report.captureId();
        }
        em.createQuery("update CaptureAlert a set a.resolvedAt = :now where a.channelId = :id and a.resolvedAt is null")
                .setParameter("now", clock.instant()).setParameter("id", channelId).executeUpdate();
    }

    @Scheduled(cron = "{uppsikt.registry.capture-check.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        try {
            check();
        } catch (RuntimeException e) {
            // A failed check must not stop the scheduler; the next run tries again.
            Log.error("Capture check failed", e);
        }
    }

    /** Raises an alert for every open channel whose capture is overdue; returns how many alerts are open. */
    @Transactional
    public long check() {
        Instant now = clock.instant();
        for (Channel c : channels.inStatuses(List.of(ChannelStatus.ACTIVE, ChannelStatus.PAUSED)).list()) {
            Instant since = c.lastCaptureAt != null ? c.lastCaptureAt : c.firstActivatedAt;
            if (since == null) {
                continue;
            }
            Instant due = dueAfter(c, since);
            if (due.isBefore(now)) {
                // The partial unique index keeps one open alert per channel, also with several replicas checking.
                int raised = em.createNativeQuery("""
                        insert into capture_alert (id, channel_id, raised_at, due_since) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, c.id).setParameter(3, now)
                        .setParameter(4, due).executeUpdate();
                if (raised > 0) {
                    Log.warnf("Channel %s has had no successful capture since %s", c.id, since);
                }
            }
        }
        return countOpen();
    }

    public List<CaptureAlertView> openAlerts() {
        return em.createQuery("from CaptureAlert a where a.resolvedAt is null order by a.raisedAt", CaptureAlert.class)
                .getResultList().stream().map(CaptureAlertView::of).toList();
    }

    long countOpen() {
        return em.createQuery("select count(a) from CaptureAlert a where a.resolvedAt is null", Long.class)
                .getSingleResult();
    }

    static Instant dueAfter(Channel c, Instant since) {
        if (c.captureInterval == null) {
            return since.plus(CRON_SCHEDULE_GRACE);
        }
        return since.atZone(STOCKHOLM).plus(Period.parse(c.captureInterval)).toInstant();
    }
}
