package se.uppsikt.archive.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import se.uppsikt.archive.capture.api.CaptureRequest;
import se.uppsikt.archive.registry.CaptureScheduleEntry;
import se.uppsikt.archive.registry.ChannelRegistry;

/**
 * Captures every channel whose schedule in the register is due (requirement 32: default every six months). Several
 * replicas may run this at once: each channel is captured under a PostgreSQL advisory lock held on a connection of its
 * own for the whole capture, and whether it is due is checked again once the lock is held, so a channel is captured
 * once per due time however many schedulers race for it.
 */
@ApplicationScoped
public class CaptureScheduler {

    /** First key of the two-key advisory lock: "capture" in this database's lock space. */
    static final int LOCK_SPACE = 0x0CA9_7E;

    private static final Period DEFAULT_INTERVAL = Period.ofMonths(6);
    /** A scheduled capture reads back this far before the last one, for comments added to older posts. */
    private static final Duration OVERLAP = Duration.ofDays(30);
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    /** What one round did, for logs and tests. */
    public record Round(int captured, int notDue, int lockedElsewhere, int failed) {
    }

    private final ChannelRegistry registry;
    private final CaptureService captures;
    private final DataSource dataSource;
    private final Clock clock;

    public CaptureScheduler(ChannelRegistry registry, CaptureService captures, DataSource dataSource, Clock clock) {
        this.registry = registry;
        this.captures = captures;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Scheduled(cron = "{archive.capture.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "capture-scheduler")
    void scheduled() {
        Round round = runDue(clock);
        Log.infof("Scheduled capture round: %s", round);
    }

    /** One round at the time of {@code clock}; public so that tests drive it with a fixed clock. */
    public Round runDue(Clock clock) {
        List<CaptureScheduleEntry> schedules;
        try {
            schedules = registry.captureSchedules();
        } catch (RuntimeException e) {
            Log.warnf("Capture schedules not read from the register (%s); next round tries again",
                    e.getClass().getSimpleName());
            return new Round(0, 0, 0, 0);
        }
        int captured = 0;
        int notDue = 0;
        int locked = 0;
        int failed = 0;
        for (CaptureScheduleEntry s : schedules) {
            if (s.channelId() == null || "CLOSED".equals(s.status())) {
                continue;
            }
            if (!due(s, clock.instant())) {
                notDue++;
                continue;
            }
            try (Connection connection = dataSource.getConnection()) {
                if (!tryLock(connection, s.channelId())) {
                    locked++;
                    continue;
                }
                try {
                    // another scheduler may have captured it between our check and our lock
                    if (!due(s, clock.instant())) {
                        notDue++;
                        continue;
                    }
                    Instant from = captures.lastSucceeded(s.channelId()).map(last -> last.minus(OVERLAP))
                            .orElse(Instant.EPOCH);
                    var view = captures.capture(new CaptureRequest(s.channelId(), scope(s.scope()),
                            CaptureTrigger.SCHEDULE, from, null), "scheduler", clock);
                    if ("SUCCEEDED".equals(view.status())) {
                        captured++;
                    } else {
                        failed++;
                    }
                } finally {
                    unlock(connection, s.channelId());
                }
            } catch (SQLException | RuntimeException e) {
                failed++;
                Log.errorf("Scheduled capture of channel %s failed: %s", s.channelId(), e.getMessage());
            }
        }
        return new Round(captured, notDue, locked, failed);
    }

    boolean due(CaptureScheduleEntry s, Instant now) {
        Optional<Instant> last = captures.lastSucceeded(s.channelId());
        if (last.isEmpty()) {
            return true;
        }
        ZonedDateTime lastAt = last.get().atZone(ZoneId.of("Europe/Stockholm"));
        if (s.cron() != null && !s.cron().isBlank()) {
            try {
                Optional<ZonedDateTime> previous = ExecutionTime.forCron(CRON.parse(s.cron()))
                        .lastExecution(now.atZone(ZoneId.of("Europe/Stockholm")));
                return previous.map(p -> p.isAfter(lastAt)).orElse(false);
            } catch (IllegalArgumentException e) {
                Log.warnf("Channel %s: cron '%s' not understood; using the interval", s.channelId(), s.cron());
            }
        }
        return !lastAt.plus(interval(s.interval())).toInstant().isAfter(now);
    }

    private static java.time.temporal.TemporalAmount interval(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_INTERVAL;
        }
        try {
            return value.contains("T") ? Duration.parse(value) : Period.parse(value);
        } catch (DateTimeParseException e) {
            return DEFAULT_INTERVAL;
        }
    }

    private static CaptureScope scope(String value) {
        try {
            return value == null ? CaptureScope.FULL : CaptureScope.valueOf(value);
        } catch (IllegalArgumentException e) {
            return CaptureScope.FULL;
        }
    }

    private static boolean tryLock(Connection c, UUID channelId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            s.setInt(1, LOCK_SPACE);
            s.setInt(2, channelId.hashCode());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection c, UUID channelId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            s.setInt(1, LOCK_SPACE);
            s.setInt(2, channelId.hashCode());
            s.executeQuery().close();
        }
    }
}
