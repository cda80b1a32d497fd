package se.uppsikt.archive.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.blob.BlobStore;
import se.uppsikt.archive.capture.api.CaptureRequest;
import se.uppsikt.archive.capture.api.CaptureView;
import se.uppsikt.archive.connector.Capability;
import se.uppsikt.archive.connector.ChannelAccess;
import se.uppsikt.archive.connector.Connector;
import se.uppsikt.archive.connector.Connectors;
import se.uppsikt.archive.connector.PlatformException;
import se.uppsikt.archive.ingest.IngestService;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.ingest.api.IngestRequest;
import se.uppsikt.archive.ingest.api.IngestResponse;
import se.uppsikt.archive.item.Platform;
import se.uppsikt.archive.registry.ChannelLabel;
import se.uppsikt.archive.registry.ChannelRegistry;
import se.uppsikt.archive.registry.RegistryChannel;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.pdfa.PdfA;

/**
 * Captures a channel through its platform connector (requirements 32, 33, 37, 44): the page or profile, the posts of
 * the period with their whole threads, all through the ordinary ingest (an edit becomes a new version, the same
 * content again adds nothing). Archived items the platform no longer shows are marked "borttaget på plattformen,
 * upptäckt …", never deleted. Every capture leaves a record with its provenance and a PDF/A overview (ögonblicksbild),
 * and is reported to the channel register. No transaction is open while a platform is read.
 */
@ApplicationScoped
public class CaptureService {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
            .withZone(ZoneId.of("Europe/Stockholm"));
    private static final int MAX_LISTED = 500;

    private final EntityManager em;
    private final ChannelRegistry registry;
    private final Connectors connectors;
    private final IngestService ingest;
    private final BlobService blobs;
    private final BlobStore store;
    private final Clock clock;

    public CaptureService(EntityManager em, ChannelRegistry registry, Connectors connectors, IngestService ingest,
            BlobService blobs, BlobStore store, Clock clock) {
        this.em = em;
        this.registry = registry;
        this.connectors = connectors;
        this.ingest = ingest;
        this.blobs = blobs;
        this.store = store;
        this.clock = clock;
    }

    /** What one run gathered; the record is written from it at the end. */
    private static final class Run {
        final List<String> errors = new ArrayList<>();
        final Set<String> sourceUrls = new LinkedHashSet<>();
        final Map<String, IngestItem> captured = new LinkedHashMap<>();
        final List<String> capturedPosts = new ArrayList<>();
        String errorKind;
        boolean failed;
        int created;
        int newVersions;
        int unchanged;
        int gone;

        void fail(String kind, String message) {
            failed = true;
            if (errorKind == null) {
                errorKind = kind;
            }
            errors.add(message);
        }

        void add(IngestItem item) {
            captured.putIfAbsent(item.platformItemId(), item);
            if (item.sourceUrl() != null) {
                sourceUrls.add(item.sourceUrl());
            }
        }
    }

    public CaptureView capture(CaptureRequest request, String actor) {
        return capture(request, actor, clock);
    }

    /** Runs a capture now (synchronously: the register's closure waits for the answer). */
    public CaptureView capture(CaptureRequest request, String actor, Clock clock) {
        Instant started = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant from = request.periodFrom() != null ? request.periodFrom() : Instant.EPOCH;
        Instant to = request.periodTo() != null ? request.periodTo() : started;
        if (to.isBefore(from)) {
            throw ApiProblem.invalidField("periodTo", "periodTo must not be before periodFrom");
        }
        if (request.trigger() == CaptureTrigger.CHANNEL_CLOSURE) {
            // the register retries its closure call; the same closure must not capture twice
            Optional<UUID> closed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select id from capture where channel_id = ?1 and trigger_kind = 'CHANNEL_CLOSURE'"
                            + " and status = 'SUCCEEDED' order by started_at desc limit 1")
                    .setParameter(1, request.channelId()).getResultStream().findFirst().map(UUID.class::cast));
            if (closed.isPresent()) {
                return get(closed.get());
            }
        }
        Optional<RegistryChannel> channel = registry.channel(request.channelId());
        Platform platform = channel.map(RegistryChannel::platform).flatMap(CaptureService::platform).orElse(null);
        Optional<Connector> connector = platform == null ? Optional.empty() : connectors.forPlatform(platform);
        ChannelAccess access = platform == null
                ? null
                : connectors.access(request.channelId(), platform, channel.orElse(null));
        UUID id = UUID.randomUUID();
        int inserted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("insert into capture (id,"
                + " channel_id, scope, trigger_kind, status, platform, api_version, connector_version, period_from,"
                + " period_to, started_at, requested_by) values (?1, ?2, ?3, ?4, 'RUNNING', ?5, ?6, ?7, ?8, ?9, ?10,"
                + " ?11) on conflict (channel_id) where status = 'RUNNING' do nothing")
                .setParameter(1, id).setParameter(2, request.channelId()).setParameter(3, request.scope().name())
                .setParameter(4, request.trigger().name()).setParameter(5, platform == null ? null : platform.name())
                .setParameter(6, connector.map(c -> c.apiVersion(access)).orElse(null))
                .setParameter(7, connector.map(Connector::version).orElse(null))
                .setParameter(8, from).setParameter(9, to).setParameter(10, started).setParameter(11, actor)
                .executeUpdate());
        if (inserted == 0) {
            throw ApiProblem.conflict("capture-running",
                    "Channel " + request.channelId() + " is being captured right now; one capture at a time");
        }
        Run run = new Run();
        ChannelLabel label = ChannelLabel.unknown(request.channelId());
        try {
            if (channel.isEmpty()) {
                run.fail("UNKNOWN_CHANNEL", ChannelLabel.UNKNOWN + ": the register did not answer for "
                        + request.channelId());
            } else if (connector.isEmpty()) {
                run.fail("UNSUPPORTED", "no connector for " + channel.get().platform()
                        + "; capture the channel manually and import it");
            } else {
                label = registry.label(request.channelId());
                read(request, connector.get(), access, from, to, started, run);
                store(request, id, connector.get(), run, from, to, started, actor);
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Capture %s of channel %s failed", id, request.channelId());
            run.fail("INTERNAL", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant ended = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String status = run.failed ? "FAILED" : "SUCCEEDED";
        Overview overview = overview(request, id, status, platform, connector, access, label, run, from, to, started,
                ended, actor);
        finish(id, status, run, ended, overview);
        boolean reported = registry.reportCapture(request.channelId(), id, status, ended);
        if (reported) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update capture set reported = true where id = ?1").setParameter(1, id).executeUpdate());
        }
        Log.infof("Capture %s of channel %s: %s, %d item(s) seen, %d gone from the platform", id,
                request.channelId(), status, run.captured.size(), run.gone);
        return get(id);
    }

    private static void read(CaptureRequest request, Connector connector, ChannelAccess access, Instant from,
            Instant to, Instant started, Run run) {
        Set<Capability> can = connector.capabilities();
        try {
            if (request.scope().overview()) {
                if (can.contains(Capability.OVERVIEW)) {
                    run.add(connector.overview(access, started));
                } else {
                    run.errors.add("OVERVIEW: " + connector.platform() + " connector cannot read a page or profile");
                }
            }
            if (request.scope().items()) {
                for (IngestItem post : connector.posts(access, from, to)) {
                    run.capturedPosts.add(post.platformItemId());
                    if (can.contains(Capability.THREAD)) {
                        connector.thread(access, post.platformItemId()).forEach(run::add);
                    } else {
                        run.add(post);
                    }
                }
                if (request.scope() == CaptureScope.FULL && !can.contains(Capability.DIRECT_MESSAGES)) {
                    // stated, not silently skipped: the record says what this channel's capture cannot contain
                    run.errors.add("DIRECT_MESSAGES: " + connector.platform()
                            + " connector cannot read direct messages; they are not in this capture");
                }
            }
        } catch (PlatformException e) {
            run.fail(e.kind().name(), e.kind() + ": " + e.getMessage());
        }
    }

    private void store(CaptureRequest request, UUID captureId, Connector connector, Run run, Instant from,
            Instant to, Instant started, String actor) {
        List<IngestItem> all = new ArrayList<>(run.captured.values());
        for (int i = 0; i < all.size(); i += 1000) {
            IngestResponse response = ingest.ingest(new IngestRequest(all.subList(i, Math.min(all.size(), i + 1000)),
                    connector.version()), actor);
            for (IngestResponse.Result r : response.results()) {
                switch (r.outcome()) {
                    case CREATED -> run.created++;
                    case NEW_VERSION -> run.newVersions++;
                    case UNCHANGED -> run.unchanged++;
                }
            }
        }
        if (!run.failed && request.scope().items() && connector.capabilities().contains(Capability.POSTS)) {
            run.gone = markGone(request.channelId(), captureId, run, from, to, started,
                    connector.capabilities().contains(Capability.THREAD));
        }
    }

    /**
     * Archived posts of the period, and archived comments of the threads just read, that the platform did not show:
     * marked DELETED_ON_PLATFORM with the time the archive noticed. Items already marked (hidden or removed by a
     * takedown) keep their state.
     */
    private int markGone(UUID channelId, UUID captureId, Run run, Instant from, Instant to, Instant noticed,
            boolean threads) {
        boolean withThreads = threads && !run.capturedPosts.isEmpty();
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("select i.id, i.platform_item_id from item i"
                    + " where i.channel_id = ?1 and i.kind <> 'PAGE_SNAPSHOT'"
                    + " and not exists (select 1 from item_platform_state s where s.item_id = i.id)"
                    + " and ((i.parent_platform_item_id is null and i.platform_created_at >= ?2"
                    + " and i.platform_created_at < ?3)"
                    + (withThreads
                            ? " or i.thread_root_item_id in (select r.id from item r where r.channel_id = ?1"
                                    + " and r.platform_item_id in (?4))"
                            : "")
                    + ")")
                    .setParameter(1, channelId).setParameter(2, from).setParameter(3, to);
            if (withThreads) {
                query.setParameter(4, run.capturedPosts);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> candidates = query.getResultList();
            int gone = 0;
            for (Object[] c : candidates) {
                if (!run.captured.containsKey((String) c[1])) {
                    gone += em.createNativeQuery("insert into item_platform_state (item_id, state, noticed_at, source)"
                            + " values (?1, 'DELETED_ON_PLATFORM', ?2, ?3) on conflict (item_id) do nothing")
                            .setParameter(1, c[0]).setParameter(2, noticed).setParameter(3, "capture " + captureId)
                            .executeUpdate();
                }
            }
            return gone;
        });
    }

    private record Overview(String sha256, Boolean valid) {
    }

    /** The ögonblicksbild: what was captured, how and when, as PDF/A-2b validated before it is kept. */
    private Overview overview(CaptureRequest request, UUID id, String status, Platform platform,
            Optional<Connector> connector, ChannelAccess access, ChannelLabel label, Run run, Instant from,
            Instant to, Instant started, Instant ended, String actor) {
        try {
            StringBuilder html = new StringBuilder("<html lang=\"sv\"><head><title>Ögonblicksbild ")
                    .append(id).append("</title><style>body { font-size: 9pt; } td, th { text-align: left;"
                            + " vertical-align: top; padding-right: 6pt; } .small { font-size: 7pt; }</style>"
                            + "</head><body>");
            html.append("<h1>Ögonblicksbild av kanal</h1><p>")
                    .append(PdfA.escape(label.describe(platform == null ? "okänd plattform" : platform.name())))
                    .append("</p><table>");
            row(html, "Insamling", id.toString());
            row(html, "Status", status);
            row(html, "Omfattning", request.scope() + " (" + request.trigger() + ")");
            row(html, "Period", SWEDISH_TIME.format(from) + " – " + SWEDISH_TIME.format(to));
            row(html, "Start (UTC)", started.toString());
            row(html, "Slut (UTC)", ended.toString());
            row(html, "Start (svensk tid)", SWEDISH_TIME.format(started));
            row(html, "Plattformens API", connector.map(c -> c.apiVersion(access)).orElse("–"));
            row(html, "Verktyg", connector.map(Connector::version).orElse("–") + ", Uppsikt archive-service");
            row(html, "Begärd av", actor);
            row(html, "Antal", run.captured.size() + " lästa, " + run.created + " nya, " + run.newVersions
                    + " nya versioner, " + run.unchanged + " oförändrade, " + run.gone
                    + " borttagna på plattformen (upptäckta nu)");
            html.append("</table>");
            if (!run.errors.isEmpty()) {
                html.append("<h2>Fel och begränsningar</h2><ul>");
                run.errors.forEach(e -> html.append("<li>").append(PdfA.escape(e)).append("</li>"));
                html.append("</ul>");
            }
            html.append("<h2>Insamlat</h2><table><tr><th>Slag</th><th>Publicerad</th><th>Avsändare</th>"
                    + "<th>Text</th></tr>");
            run.captured.values().stream().limit(MAX_LISTED).forEach(i -> {
                String text = i.text() == null ? "" : i.text();
                html.append("<tr><td>").append(i.kind()).append("</td><td>")
                        .append(SWEDISH_TIME.format(i.platformCreatedAt())).append("</td><td>")
                        .append(PdfA.escape(i.author() == null
                                ? "–"
                                : Optional.ofNullable(i.author().displayName()).orElse(
                                        Optional.ofNullable(i.author().handle()).orElse("–"))))
                        .append("</td><td>").append(PdfA.escape(text.length() > 300
                                ? text.substring(0, 300) + "…"
                                : text))
                        .append("<br/><span class=\"small\">").append(PdfA.escape(i.platformItemId()))
                        .append("</span></td></tr>");
            });
            html.append("</table>");
            if (run.captured.size() > MAX_LISTED) {
                html.append("<p>… och ").append(run.captured.size() - MAX_LISTED)
                        .append(" till; alla finns i arkivet.</p>");
            }
            html.append("<h2>Källor</h2><ul class=\"small\">");
            run.sourceUrls.stream().limit(MAX_LISTED)
                    .forEach(u -> html.append("<li>").append(PdfA.escape(u)).append("</li>"));
            html.append("</ul></body></html>");
            byte[] pdf = PdfA.render(html.toString());
            PdfA.Validation validation = PdfA.validate(pdf);
            if (!validation.compliant()) {
                Log.warnf("Overview of capture %s failed PDF/A validation: %s", id, validation.failures());
                return new Overview(null, false);
            }
            String sha = blobs.write(pdf);
            QuarkusTransaction.requiringNew().run(() -> blobs.record(sha, pdf.length, "application/pdf"));
            return new Overview(sha, true);
        } catch (RuntimeException e) {
            Log.errorf(e, "Overview of capture %s could not be rendered", id);
            run.errors.add("the overview rendition could not be made: " + e.getClass().getSimpleName());
            return new Overview(null, false);
        }
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(PdfA.escape(label)).append("</th><td>").append(PdfA.escape(value))
                .append("</td></tr>");
    }

    private void finish(UUID id, String status, Run run, Instant ended, Overview overview) {
        String errors = String.join("\n", run.errors);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update capture set status = ?1,"
                + " ended_at = ?2, source_urls = ?3, items_seen = ?4, items_created = ?5, items_new_version = ?6,"
                + " items_unchanged = ?7, items_gone = ?8, error_kind = ?9, errors = ?10, overview_sha256 = ?11,"
                + " overview_valid = ?12 where id = ?13")
                .setParameter(1, status).setParameter(2, ended)
                .setParameter(3, String.join("\n", run.sourceUrls)).setParameter(4, run.captured.size())
                .setParameter(5, run.created).setParameter(6, run.newVersions).setParameter(7, run.unchanged)
                .setParameter(8, run.gone).setParameter(9, run.errorKind)
                .setParameter(10, errors.isEmpty() ? null : errors.length() > 8000 ? errors.substring(0, 8000) : errors)
                .setParameter(11, overview.sha256()).setParameter(12, overview.valid()).setParameter(13, id)
                .executeUpdate());
    }

    public CaptureView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, channel_id, status, scope, trigger_kind, platform,"
                    + " api_version, connector_version, period_from, period_to, started_at, ended_at, requested_by,"
                    + " source_urls, items_seen, items_created, items_new_version, items_unchanged, items_gone,"
                    + " error_kind, errors, overview_sha256, overview_valid, reported from capture where id = ?1")
                    .setParameter(1, id).getResultList();
            Object[] r = rows.stream().findFirst().orElseThrow(() -> ApiProblem.notFound("Capture", id));
            String urls = (String) r[13];
            String errors = (String) r[20];
            return new CaptureView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], instant(r[8]), instant(r[9]), instant(r[10]),
                    instant(r[11]), (String) r[12],
                    urls == null || urls.isEmpty() ? List.of() : Arrays.asList(urls.split("\n")),
                    new CaptureView.Counts(num(r[14]), num(r[15]), num(r[16]), num(r[17]), num(r[18])),
                    (String) r[19], errors == null ? List.of() : Arrays.asList(errors.split("\n")),
                    (String) r[21], (Boolean) r[22], (Boolean) r[23]);
        });
    }

    /** The overview PDF of a capture. */
    public byte[] overviewPdf(UUID id) {
        CaptureView view = get(id);
        if (view.overviewSha256() == null) {
            throw ApiProblem.conflict("overview-missing", "Capture " + id + " has no valid overview rendition");
        }
        try (InputStream in = store.open(view.overviewSha256())
                .orElseThrow(() -> new IllegalStateException("blob " + view.overviewSha256() + " is missing"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last successful capture of a channel, for the scheduler. */
    public Optional<Instant> lastSucceeded(UUID channelId) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(em.createNativeQuery(
                "select max(started_at) from capture where channel_id = ?1 and status = 'SUCCEEDED'")
                .setParameter(1, channelId).getSingleResult()).map(CaptureService::instant));
    }

    private static Optional<Platform> platform(String name) {
        try {
            return Optional.of(Platform.valueOf(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Object value) {
        return ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
