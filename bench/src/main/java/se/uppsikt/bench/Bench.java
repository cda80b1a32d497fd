package se.uppsikt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;

import com.fasterxml.jackson.databind.JsonNode;

import se.uppsikt.client.RealStack;

/**
 * Issue 12's scenarios on this machine, each against its raw baseline measured in the same run: P4 gateway overhead,
 * P1 ingest, P7 ingest with the archive already full, P2 public search, P3 disposal, P5 footprint. Sizes come from
 * system properties so that a smoke run ({@code bench/run --smoke}) proves the whole path in a few minutes; the
 * default sizes are the issue's. Writes {@code bench/target/bench-report.md} and {@code .json}.
 */
public final class Bench {

    private static final String ARCHIVIST = "archivist";

    private final Settings settings;
    private final Http http = new Http();
    private final Report report;
    private RealStack stack;
    private Profiler profiler;
    private UUID authorityId;

    private Bench(Settings settings) {
        this.settings = settings;
        this.report = new Report(settings.asMap());
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(Settings.fromSystemProperties());
        bench.run();
    }

    private void run() throws Exception {
        Path out = Path.of(System.getProperty("uppsikt.root"), "bench", "target");
        Files.createDirectories(out);
        Instant started = Instant.now();
        Map<String, Map<String, String>> environment = new LinkedHashMap<>();
        for (String module : List.of("channel-registry-service", "archive-service", "moderation-service",
                "retention-service", "gateway")) {
            environment.put(module, new LinkedHashMap<>(settings.serviceEnvironment()));
        }
        // the moderation feed consumer would compete with the measured ingest for the same two cores; it is
        // measured by moderation's own tests
        environment.get("moderation-service").put("FEED_POLL_EVERY", "off");
        // one benchmark client is one IP address; a real public is many. A 500-item batch into a cold archive takes
        // longer than the default 10 s route timeout on two busy cores.
        environment.get("gateway").put("UPPSIKT_GATEWAY_RATE_LIMIT_PER_MINUTE", "100000000");
        environment.get("gateway").put("UPPSIKT_GATEWAY_ROUTES_ARCHIVE_TIMEOUT", "120s");
        // one at a time: P5's time to ready is each service's own, not five JVMs sharing two cores
        stack = RealStack.start(null, environment, settings.serviceJvmOptions(), true);
        profiler = new Profiler(stack, out.resolve("profiles"), settings.profile());
        try {
            report.footprint("after start", stack);
            authorityId = createAuthority();
            gatewayOverhead();
            UUID small = createChannel("Bench liten kanal");
            UUID large = createChannel("Bench stor kanal");
            ingest(small, large);
            search();
            disposal(small, large);
            report.footprint("after load", stack);
        } catch (RuntimeException | Error e) {
            report.failure(e);
            throw e;
        } finally {
            report.write(out, Duration.between(started, Instant.now()));
            stack.close();
        }
    }

    // ---- P4 ---------------------------------------------------------------------------------------------------

    private void gatewayOverhead() throws Exception {
        String token = http.token("bench-moderator", "moderator");
        String path = "/api/v1/reasons";
        Load.Call direct = (client, seq) -> expect200(http.get(stack.url("moderation-service") + path, token));
        Load.Call viaGateway = (client, seq) -> expect200(http.get(stack.gatewayUrl() + path, token));
        // A first round of both, not counted: P4 comes first after the start, and in the profiled run the JIT was
        // still compiling the gateway's and the service's request paths through the measured gateway phase (65
        // compilations over 100 ms), which a gateway in service has long done. Then the measured round, the same order.
        Load.run("P4 warm-up, direct", settings.gatewayClients(), settings.warmUp(), settings.loadTime(), direct);
        Load.run("P4 warm-up, gateway", settings.gatewayClients(), settings.warmUp(), settings.loadTime(), viaGateway);
        Load.Result directResult = Load.run("P4 direct to moderation-service", settings.gatewayClients(),
                settings.warmUp(), settings.loadTime(), direct);
        Load.Result gateway = Load.run("P4 through the gateway", settings.gatewayClients(), settings.warmUp(),
                settings.loadTime(), viaGateway);
        report.p4(directResult, gateway);
        // The profile gets a round of its own: a JFR recording costs the recorded JVMs CPU and recompilations,
        // and recording only the gateway phase made the gateway look four times slower than it measures unrecorded.
        Profiler.Recording profile = profiler.start("P4", List.of("gateway", "moderation-service"));
        if (settings.profile()) {
            Load.run("P4 through the gateway, profiled (not counted)", settings.gatewayClients(), settings.warmUp(),
                    settings.loadTime(), viaGateway);
        }
        report.whereTimeGoes(profile.stop());
    }

    // ---- P1 and P7 --------------------------------------------------------------------------------------------

    private void ingest(UUID small, UUID large) throws Exception {
        Corpus corpus = new Corpus(42);
        int perThread = 1 + settings.commentsPerPost();
        Instant old = Instant.parse("2025-01-06T07:00:00Z");
        // P1: the measured items, through the gateway, into an empty archive; the raw baseline writes the very same
        // rows into an empty copy of the schema
        List<Corpus.Item> p1 = corpus.threads(small, "p1", settings.items() / perThread, settings.commentsPerPost(),
                old);
        // warm-up: the first batches pay for class loading, JIT and cold caches, which a long-running archive has
        // long paid; a tenth of the measured items (at least two batches), to another channel and not counted. With
        // two batches only, the profile showed C2 still compiling the ingest path through most of the measured run.
        int warmUp = Math.max(2 * settings.batchSize(), settings.items() / 10);
        ingestThroughGateway("warm-up", corpus.threads(UUID.randomUUID(), "warm", warmUp / perThread,
                settings.commentsPerPost(), old));
        Profiler.Recording p1Profile = profiler.start("P1", List.of("archive-service", "gateway"));
        double apiEmpty = ingestThroughGateway("P1", p1);
        report.whereTimeGoes(p1Profile.stop());
        double rawEmpty = rawIngest(p1);
        report.p1(p1.size(), apiEmpty, rawEmpty);

        // P7: fill the archive's own database to the stored size (raw, it is only the starting state; the raw
        // database gets the same rows for P3's baseline), then the same number of new items through the gateway
        long stored = count();
        int toFill = (int) Math.max(0, settings.stored() - stored);
        prefill(large, corpus, toFill, old.plus(Duration.ofDays(30)));
        List<Corpus.Item> p7 = corpus.threads(large, "p7", settings.items() / perThread, settings.commentsPerPost(),
                old.plus(Duration.ofDays(400)));
        long before = count();
        Profiler.Recording p7Profile = profiler.start("P7", List.of("archive-service", "gateway"));
        double apiFull = ingestThroughGateway("P7", p7);
        report.whereTimeGoes(p7Profile.stop());
        report.p7(p7.size(), before, apiFull, apiEmpty);
    }

    private double ingestThroughGateway(String scenario, List<Corpus.Item> items) throws Exception {
        String url = stack.gatewayUrl() + "/api/v1/ingest";
        List<List<Corpus.Item>> batches = batches(items, settings.batchSize());
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(settings.ingestClients());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < settings.ingestClients(); c++) {
                futures.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
                        http.send("POST", url, http.token("bench-capture", "service"),
                                Map.of("items", batches.get(b).stream().map(Bench::ingestItem).toList(),
                                        "captureTool", "uppsikt-bench"),
                                200);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d items through the gateway in %.1f s%n", scenario, items.size(), seconds);
        return items.size() / seconds;
    }

    private static Map<String, Object> ingestItem(Corpus.Item i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("channelId", i.channelId());
        item.put("platform", "FACEBOOK_PAGE");
        item.put("platformItemId", i.platformItemId());
        item.put("parentPlatformItemId", i.parentPlatformItemId());
        item.put("kind", i.kind());
        item.put("direction", i.direction());
        item.put("author", Map.of("handle", i.authorHandle(), "displayName", i.authorName(),
                "platformUserId", i.authorHandle()));
        item.put("platformCreatedAt", i.createdAt());
        item.put("text", i.text());
        item.put("rawPayload", i.rawPayload());
        item.put("sourceUrl", "https://www.facebook.com/" + i.platformItemId());
        return item;
    }

    /** The same rows through JDBC batches into a fresh database migrated by the archive's own migrations. */
    private double rawIngest(List<Corpus.Item> items) throws SQLException {
        String database = "archive_raw";
        try (Connection admin = stack.connection("postgres"); Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        Flyway.configure()
                .dataSource(stack.jdbcUrl(database), "postgres", "postgres")
                .locations("filesystem:" + Path.of(System.getProperty("uppsikt.root"),
                        "archive-service/src/main/resources/db/migration"))
                .load().migrate();
        List<List<Corpus.Item>> batches = batches(items, settings.batchSize());
        long start = System.nanoTime();
        try (Connection connection = stack.connection(database)) {
            for (List<Corpus.Item> batch : batches) {
                RawArchive.insert(connection, batch, Instant.now());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("P1 raw: %d items by JDBC in %.1f s%n", items.size(), seconds);
        return items.size() / seconds;
    }

    private void prefill(UUID channel, Corpus corpus, int count, Instant from) throws SQLException {
        if (count <= 0) {
            return;
        }
        long start = System.nanoTime();
        int perThread = 1 + settings.commentsPerPost();
        int threads = count / perThread;
        try (Connection archive = stack.connection("archive"); Connection raw = stack.connection("archive_raw")) {
            for (int done = 0; done < threads; done += 1000) {
                int n = Math.min(1000, threads - done);
                List<Corpus.Item> rows = corpus.threads(channel, "fill" + done, n, settings.commentsPerPost(),
                        from.plus(Duration.ofMinutes(done)));
                RawArchive.insert(archive, rows, Instant.now());
                RawArchive.insert(raw, rows, Instant.now());
            }
            for (Connection connection : List.of(archive, raw)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("vacuum analyze");
                }
            }
        }
        System.out.printf("pre-filled %d items in %.0f s%n", threads * perThread,
                (System.nanoTime() - start) / 1e9);
    }

    // ---- P2 ---------------------------------------------------------------------------------------------------

    private static final String[] QUERIES = {"kommunen", "snöröjning", "skolskjuts", "bygglov detaljplan",
            "\"öppettider biblioteket\"", "vattenverket", "laddstolpar", "sommarjobb", "kollektivtrafik buss",
            "räddningstjänsten"};

    private void search() throws Exception {
        long items = count();
        // the recording covers the warm-up too; its JIT compilations show in the summary
        Profiler.Recording p2Profile = profiler.start("P2", List.of("archive-service", "gateway"));
        Load.Result api = Load.run("P2 public search through the gateway", settings.searchClients(),
                settings.warmUp(), settings.loadTime(), (client, seq) -> expect200(http.get(stack.gatewayUrl()
                        + "/api/public/v1/search?size=20&q=" + encode(QUERIES[(int) (seq % QUERIES.length)]),
                        null)));
        report.whereTimeGoes(p2Profile.stop());
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return stack.connection("archive");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        Load.Result raw = Load.run("P2 the same SQL over JDBC", settings.searchClients(), settings.warmUp(),
                settings.loadTime(), (client, seq) -> {
                    Connection c = connections.get();
                    if (!opened.contains(c)) {
                        opened.add(c);
                    }
                    rawSearch(c, QUERIES[(int) (seq % QUERIES.length)]);
                });
        for (Connection c : opened) {
            c.close();
        }
        report.p2(items, api, raw);
        explainSearches();
    }

    /** PostgreSQL's own account of each query of P2 (plan, time, buffers), for the note on where the time goes. */
    private void explainSearches() throws Exception {
        StringBuilder md = new StringBuilder("# P2 query plans\n\nEXPLAIN (ANALYZE, BUFFERS) of the count and the"
                + " page of each query, run once after the load on the archive's database.\n");
        try (Connection c = stack.connection("archive")) {
            for (String q : QUERIES) {
                for (String sql : List.of(SEARCH_COUNT, SEARCH_PAGE)) {
                    md.append("\n## ").append(q).append(sql == SEARCH_COUNT ? " (count)" : " (page)")
                            .append("\n\n```\n");
                    try (PreparedStatement explain = c.prepareStatement("explain (analyze, buffers) " + sql)) {
                        explain.setString(1, q);
                        try (ResultSet rs = explain.executeQuery()) {
                            while (rs.next()) {
                                md.append(rs.getString(1)).append('\n');
                            }
                        }
                    }
                    md.append("```\n");
                }
            }
        }
        Path file = Path.of(System.getProperty("uppsikt.root"), "bench", "target", "profiles", "P2-plans.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md);
    }

    private static final String SEARCH_FROM = " from item i join item_version v on v.item_id = i.id"
            + " and v.version_no = i.current_version where i.visibility in ('PUBLIC') and i.direction = 'OUTBOUND'"
            + " and v.search_vector @@ websearch_to_tsquery('swedish', ?)";
    // archive.public.search.count-limit: the public search counts up to 100 hits
    private static final String SEARCH_COUNT = "select count(*) from (select 1" + SEARCH_FROM + " limit 101) m";
    private static final String SEARCH_PAGE = "select i.id, i.channel_id, i.platform, i.kind, i.direction,"
            + " i.visibility, i.author_handle, i.author_display_name, i.platform_created_at, v.text, v.content_sha256"
            + SEARCH_FROM + " order by i.platform_created_at desc, i.id limit 20 offset 0";

    /** What SearchService runs for an anonymous search: a count (up to the limit) and the newest page. */
    private static void rawSearch(Connection c, String q) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(SEARCH_COUNT);
                PreparedStatement page = c.prepareStatement(SEARCH_PAGE)) {
            count.setString(1, q);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
            }
            page.setString(1, q);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rs.getString(10);
                }
            }
        }
    }

    // ---- P3 ---------------------------------------------------------------------------------------------------

    private void disposal(UUID small, UUID large) throws Exception {
        // COMMENTs older than 90 days are eligible: with one post to several comments, well over half the items;
        // the small channel alone gives the heap figure at the smaller size
        for (UUID channel : List.of(small, large)) {
            long inChannel = countInChannel(channel);
            UUID decision = createDecision(channel);
            String retention = stack.url("retention-service") + "/api/v1/disposal-runs";
            HeapSampler heap = HeapSampler.start(stack.url("retention-service"));
            // the large run only, without its raw baseline; the retention-service drives a disposal, the gateway is
            // not in its path
            Profiler.Recording profile = channel.equals(large)
                    ? profiler.start("P3", List.of("archive-service", "retention-service"))
                    : null;
            long start = System.nanoTime();
            JsonNode run = http.send("POST", retention, http.token("bench-arkivarie-1", ARCHIVIST),
                    Map.of("decisionId", decision), 201);
            double planned = (System.nanoTime() - start) / 1e9;
            String runUrl = retention + "/" + run.path("id").asText();
            http.send("POST", runUrl + "/approve", http.token("bench-arkivarie-2", ARCHIVIST), null, 200);
            long executing = System.nanoTime();
            JsonNode done = http.send("POST", runUrl + "/execute", http.token("bench-arkivarie-2", ARCHIVIST),
                    null, 200);
            double executed = (System.nanoTime() - executing) / 1e9;
            http.send("GET", runUrl + "/record", http.token("bench-arkivarie-1", ARCHIVIST), null, 200);
            HeapSampler.Peak peak = heap.stop();
            if (profile != null) {
                report.whereTimeGoes(profile.stop());
            }
            long disposed = inChannel - countInChannel(channel);
            double raw = rawDelete(channel);
            report.p3(inChannel, disposed, planned, executed, done.path("status").asText(), peak, raw);
        }
    }

    /**
     * The raw baseline: the channel's comments (what the decision covers) in the raw database, found by one indexed
     * query and deleted by batched DELETEs of 1,000 ids, versions first — PostgreSQL's part of a disposal without the
     * hold checks, tombstones, chain entries, blob files and HTTP.
     */
    private double rawDelete(UUID channel) throws SQLException {
        long start = System.nanoTime();
        long deleted = 0;
        try (Connection c = stack.connection("archive_raw")) {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement find = c.prepareStatement(
                    "select id from item where channel_id = ? and kind = 'COMMENT' order by id")) {
                find.setObject(1, channel);
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement versions = c.prepareStatement("delete from item_version where item_id = any(?)");
                    PreparedStatement rows = c.prepareStatement("delete from item where id = any(?)")) {
                for (List<UUID> batch : batches(ids, 1000)) {
                    java.sql.Array array = c.createArrayOf("uuid", batch.toArray());
                    versions.setArray(1, array);
                    versions.executeUpdate();
                    rows.setArray(1, array);
                    deleted += rows.executeUpdate();
                    c.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return deleted == 0 ? 0 : deleted / seconds;
    }

    // ---- set-up through the real APIs -------------------------------------------------------------------------

    private UUID createAuthority() {
        JsonNode a = http.send("POST", stack.gatewayUrl() + "/api/v1/authorities",
                http.token("bench-kanal", "channel-admin"),
                Map.of("name", "Bänkby kommun", "organisationNumber", "212000-0001", "kind", "MUNICIPALITY",
                        "registryEmail", "registrator@bankby.se", "archiveAuthority", "Kommunstyrelsen"),
                201);
        return UUID.fromString(a.path("id").asText());
    }

    private UUID createChannel(String name) {
        Map<String, Object> person = Map.of("name", "Kim Kanal", "function", "Kommunikatör",
                "email", "kim@bankby.se", "namePublic", false);
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("authorityId", authorityId);
        channel.put("platform", "FACEBOOK_PAGE");
        channel.put("handle", name.replace(' ', '.').toLowerCase());
        channel.put("url", "https://www.facebook.com/" + name.replace(' ', '.').toLowerCase());
        channel.put("name", name);
        channel.put("purpose", "Information till invånarna");
        channel.put("capacity", "OFFICIAL");
        channel.put("dialogueEnabled", true);
        channel.put("responsible", person);
        channel.put("deputy", person);
        channel.put("supervisionPromise", "vardagar 08-17");
        JsonNode c = http.send("POST", stack.gatewayUrl() + "/api/v1/channels",
                http.token("bench-kanal", "channel-admin"), channel, 201);
        return UUID.fromString(c.path("id").asText());
    }

    private UUID createDecision(UUID channel) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("authorityIds", List.of(authorityId));
        scope.put("channelIds", List.of(channel));
        scope.put("itemKinds", List.of("COMMENT"));
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("reference", "KS 2026/" + channel.toString().substring(0, 4));
        decision.put("decidingBodyType", "ARKIVMYNDIGHET");
        decision.put("decidingBody", "Kommunstyrelsen i Bänkby");
        decision.put("decisionDate", LocalDate.of(2026, 1, 15));
        decision.put("validFrom", LocalDate.of(2026, 2, 1));
        decision.put("legalBasis", "Arkivlagen (1990:782) 10 §");
        decision.put("retentionPeriod", "P90D");
        decision.put("retentionTrigger", "CREATED");
        decision.put("requiresApproval", true);
        decision.put("scope", scope);
        JsonNode d = http.send("POST", stack.url("retention-service") + "/api/v1/retention-decisions",
                http.token("bench-arkivarie-1", ARCHIVIST), decision, 201);
        return UUID.fromString(d.path("id").asText());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private long count() throws SQLException {
        try (Connection c = stack.connection("archive");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from item")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long countInChannel(UUID channel) throws SQLException {
        try (Connection c = stack.connection("archive");
                PreparedStatement s = c.prepareStatement("select count(*) from item where channel_id = ?")) {
            s.setObject(1, channel);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }

    private static void expect200(int status) {
        if (status != 200) {
            throw new IllegalStateException("status " + status);
        }
    }

    private static String encode(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

}
