package se.uppsikt.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.uppsikt.client.RealStack;

/**
 * The figures of one run, each next to its baseline and the goal, as Markdown for people and JSON for
 * comparing runs. A goal missed is shown as missed; the report never rounds a miss into a pass.
 */
final class Report {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final List<String> SERVICES = List.of("channel-registry-service", "archive-service",
            "moderation-service", "retention-service", "gateway");

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> footprint = new ArrayList<>();
    private final List<String> whereTimeGoes = new ArrayList<>();

    Report(Map<String, Object> settings) {
        json.put("startedAt", Instant.now().toString());
        json.put("machine", machine());
        json.put("settings", settings);
    }

    void p4(Load.Result direct, Load.Result gateway) {
        double ratio = gateway.perSecond() / direct.perSecond();
        double addedP50 = gateway.p50Ms() - direct.p50Ms();
        double addedP99 = gateway.p99Ms() - direct.p99Ms();
        put("P4", Map.of("direct", direct, "gateway", gateway, "throughputRatio", ratio,
                "addedP50Ms", addedP50, "addedP99Ms", addedP99));
        row("P4 gateway, %d clients".formatted(gateway.clients()),
                "%.0f req/s, p50 %.2f ms, p99 %.2f ms".formatted(gateway.perSecond(), gateway.p50Ms(),
                        gateway.p99Ms()),
                "direct: %.0f req/s, p50 %.2f ms, p99 %.2f ms".formatted(direct.perSecond(), direct.p50Ms(),
                        direct.p99Ms()),
                "throughput %.2f, %+.2f ms p50, %+.2f ms p99".formatted(ratio, addedP50, addedP99),
                "≥ 0.8 and ≤ 1 ms p50: " + verdict(ratio >= 0.8 && addedP50 <= 1.0));
    }

    void p1(int items, double api, double raw) {
        double ratio = api / raw;
        put("P1", Map.of("items", items, "apiItemsPerSecond", api, "rawItemsPerSecond", raw, "ratio", ratio));
        row("P1 ingest %,d items".formatted(items), "%.0f items/s".formatted(api),
                "raw JDBC: %.0f items/s".formatted(raw), "%.2f".formatted(ratio), "≥ 0.5: " + verdict(ratio >= 0.5));
    }

    void p7(int items, long storedBefore, double apiFull, double apiEmpty) {
        double ratio = apiFull / apiEmpty;
        put("P7", Map.of("items", items, "storedBefore", storedBefore, "apiItemsPerSecond", apiFull,
                "emptyItemsPerSecond", apiEmpty, "ratio", ratio));
        row("P7 ingest with %,d stored".formatted(storedBefore), "%.0f items/s".formatted(apiFull),
                "empty archive: %.0f items/s".formatted(apiEmpty), "%.2f".formatted(ratio),
                "≥ 0.8: " + verdict(ratio >= 0.8));
    }

    void p2(long items, Load.Result api, Load.Result raw) {
        double ratio = api.p99Ms() / raw.p99Ms();
        put("P2", Map.of("items", items, "api", api, "raw", raw, "p99Ratio", ratio));
        row("P2 public search over %,d items, %d clients".formatted(items, api.clients()),
                "%.0f req/s, p50 %.1f ms, p99 %.1f ms".formatted(api.perSecond(), api.p50Ms(), api.p99Ms()),
                "raw SQL: %.0f req/s, p50 %.1f ms, p99 %.1f ms".formatted(raw.perSecond(), raw.p50Ms(),
                        raw.p99Ms()),
                "p99 %.2f×".formatted(ratio),
                "p99 ≤ 50 ms and ≤ 2×: " + verdict(api.p99Ms() <= 50 && ratio <= 2));
    }

    void p3(long items, long disposed, double planSeconds, double executeSeconds, String status,
            HeapSampler.Peak heap, double rawPerSecond) {
        double perSecond = disposed / executeSeconds;
        double ratio = rawPerSecond == 0 ? 0 : perSecond / rawPerSecond;
        Map<String, Object> p3 = new LinkedHashMap<>();
        p3.put("items", items);
        p3.put("disposed", disposed);
        p3.put("dryRunSeconds", planSeconds);
        p3.put("executeSeconds", executeSeconds);
        p3.put("runStatus", status);
        p3.put("itemsPerSecond", perSecond);
        p3.put("rawItemsPerSecond", rawPerSecond);
        p3.put("ratio", ratio);
        p3.put("retentionPeakHeapUsedBytes", heap.heapUsedBytes());
        p3.put("retentionPeakLiveDataBytes", heap.liveDataBytes());
        @SuppressWarnings("unchecked")
        List<Object> runs = (List<Object>) json.computeIfAbsent("P3", k -> new ArrayList<>());
        runs.add(p3);
        row("P3 disposal run over %,d items (%,d disposed)".formatted(items, disposed),
                "%.0f items/s (dry run %.0f s, execution %.0f s); retention heap peak %d MiB, live %d MiB"
                        .formatted(perSecond, planSeconds, executeSeconds, heap.heapUsedBytes() >> 20,
                                heap.liveDataBytes() >> 20),
                "raw DELETE: %.0f items/s".formatted(rawPerSecond), "%.2f".formatted(ratio),
                "≥ 0.3, heap flat: " + verdict(ratio >= 0.3) + " (heap: compare the two rows)");
    }

    /**
     * Per service its RSS now, Quarkus's own "started in" and the wall time from launching its JVM to its first ready
     * answer; the stack's ready time is the sum, the services having been started one at a time.
     */
    void footprint(String moment, RealStack stack) {
        long total = 0;
        double startedInSum = 0;
        double readySum = 0;
        Map<String, Object> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            long pid = stack.pid(service);
            long rss = statusBytes(pid, "VmRSS:");
            // file-backed: the AppCDS archive, the JDK's libraries and the jars, mapped and clean; anonymous: heap,
            // metaspace, code cache, thread stacks, malloc
            long anon = statusBytes(pid, "RssAnon:");
            long file = statusBytes(pid, "RssFile:");
            double startedIn = startedInSeconds(stack.logPath(service));
            double ready = stack.readyAfter(service).toNanos() / 1e9;
            String cds = appCds(stack, service);
            total += rss;
            startedInSum += startedIn;
            readySum += ready;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rssBytes", rss);
            figures.put("rssAnonBytes", anon);
            figures.put("rssFileBytes", file);
            figures.put("startedInSeconds", startedIn);
            figures.put("readyAfterLaunchSeconds", ready);
            figures.put("appCds", cds);
            services.put(service, figures);
            footprint.add("| %s | %s | %.2f s | %.2f s | %s | %d MiB (anon %d, file %d) | ready %s, RSS %s |"
                    .formatted(moment, service, startedIn, ready, cds, rss >> 20, anon >> 20, file >> 20,
                            verdict(startedIn >= 0 && startedIn <= 2.0),
                            verdict(rss <= 200L << 20)));
        }
        footprint.add("| %s | whole stack | %.2f s (sum) | %.2f s (sum) | | %d MiB | |".formatted(moment,
                startedInSum, readySum, total >> 20));
        @SuppressWarnings("unchecked")
        Map<String, Object> p5 = (Map<String, Object>) json.computeIfAbsent("P5", k -> new LinkedHashMap<>());
        p5.put(moment, Map.of("services", services, "totalRssBytes", total, "stackReadyAfterLaunchSeconds",
                readySum));
    }

    /** The CPU split of a scenario and, when profiled, the top five frames of each recorded service. */
    void whereTimeGoes(Profiler.Scenario scenario) {
        StringBuilder md = new StringBuilder("**").append(scenario.name()).append("**");
        if (scenario.summary() != null) {
            md.append(" ([profile](profiles/").append(scenario.summary().getFileName()).append("))");
        }
        md.append(": ").append(Profiler.cpuLine(scenario)).append('\n');
        for (Profiler.Module module : scenario.modules()) {
            md.append("- ").append(module.module()).append(" (").append(module.samples()).append(" samples; ")
                    .append(Profiler.collectorAndJit(module)).append(") Hottest: ").append(top5(module.self()))
                    .append(". Packages: ").append(top5(module.packages())).append(". Under: ")
                    .append(top5(module.ours())).append(".\n");
        }
        whereTimeGoes.add(md.toString());
        @SuppressWarnings("unchecked")
        List<Object> scenarios = (List<Object>) json.computeIfAbsent("whereTimeGoes", k -> new ArrayList<>());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("scenario", scenario.name());
        entry.put("seconds", scenario.seconds());
        entry.put("cpuSeconds", scenario.cpuSeconds());
        entry.put("profiles", scenario.modules().stream().map(m -> {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("module", m.module());
            profile.put("recording", m.recording().toString());
            profile.put("samples", m.samples());
            profile.put("gcs", m.gcs());
            profile.put("gcPauseSeconds", m.gcPauseSeconds());
            profile.put("compilationsOver100ms", m.longCompilations());
            profile.put("compilationSecondsOver100ms", m.longCompilationSeconds());
            profile.put("self", m.self());
            profile.put("packages", m.packages());
            profile.put("under", m.ours());
            return profile;
        }).toList());
        scenarios.add(entry);
    }

    private static String top5(List<Profiler.Frame> frames) {
        return String.join(", ", frames.stream().limit(5)
                .map(f -> String.format(Locale.ROOT, "`%s` %.0f %%", f.method(), 100 * f.share())).toList());
    }

    void failure(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        json.put("failure", trace.toString());
        rows.add("| **failed** | " + e.getMessage().replace('|', '/').replace('\n', ' ') + " | | | |");
    }

    void write(Path dir, Duration took) throws IOException {
        json.put("tookSeconds", took.toSeconds());
        Files.writeString(dir.resolve("bench-report.json"),
                Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        StringBuilder md = new StringBuilder();
        md.append("# Uppsikt benchmark report\n\n");
        md.append("Taken ").append(json.get("startedAt")).append(" on ").append(json.get("machine"))
                .append(", in ").append(took.toMinutes()).append(" min. Settings: ").append(json.get("settings"))
                .append(".\n\n");
        md.append("| scenario | Uppsikt | baseline (same run) | ratio | goal |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append("\n## P5 footprint\n\n| when | service | started in (Quarkus) | ready after launch | AppCDS | RSS"
                + " | goal ≤ 2 s, ≤ 200 MiB |\n|---|---|---|---|---|---|---|\n");
        footprint.forEach(r -> md.append(r).append('\n'));
        md.append("\nThe services were started one at a time on a quiet machine, each launched only once the one"
                + " before answered ready, so each figure is that service's own. \"Started in\" is Quarkus's figure"
                + " (its start to serving; the goal's verdict), \"ready after launch\" the wall time from launching"
                + " the JVM until `/q/health/ready` answered 200 (JVM start, Quarkus start, first database"
                + " connection), polled every 50 ms. The whole stack's time to ready is the sum of the sequential"
                + " ready times. JVM options: `").append(((Map<?, ?>) json.get("settings")).get("serviceJvmOptions"))
                .append("`.");
        if (Boolean.TRUE.equals(((Map<?, ?>) json.get("settings")).get("profile"))) {
            md.append(" This run was profiled: the JFR recordings' buffers add to the RSS after load of the"
                    + " archive-service, the gateway and the retention-service.");
        }
        md.append('\n');
        if (!whereTimeGoes.isEmpty()) {
            md.append("\n## Where the time goes\n\nCPU seconds of each process over the scenario (a PostgreSQL"
                    + " backend that ended during it takes its time with it). With `-Dbench.profile=true`, JFR"
                    + " recordings of the services: their collections and long JIT compilations (CPU the execution"
                    + " samples do not see), the hottest frames and packages by self samples, then the first frame"
                    + " in se.uppsikt, org.hibernate or org.postgresql that the samples are under; full tables in"
                    + " `bench/target/profiles/`. A recording covers the scenario's Uppsikt part, not its raw"
                    + " baseline.\n\n");
            whereTimeGoes.forEach(w -> md.append(w).append('\n'));
        }
        Files.writeString(dir.resolve("bench-report.md"), md.toString());
        System.out.println(md);
    }

    private void put(String key, Object value) {
        json.put(key, value);
    }

    private void row(String scenario, String uppsikt, String baseline, String ratio, String goal) {
        rows.add("| " + String.join(" | ", scenario, uppsikt, baseline, ratio, goal) + " |");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static long statusBytes(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Quarkus's own figure from its start line: from its main method to serving, without the JVM's own start. */
    private static double startedInSeconds(Path log) {
        try {
            Matcher m = STARTED.matcher(Files.readString(log));
            return m.find() ? Double.parseDouble(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String appCds(RealStack stack, String service) {
        if (!stack.startedWithAppCds(service)) {
            return "none";
        }
        try {
            return Files.readString(stack.logPath(service)).contains("Unable to use shared archive")
                    ? "**ignored**"
                    : "used";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException ignored) {
            // the report still names the cores and memory
        }
        return String.format(Locale.ROOT, "%s, %d cores, %d GiB RAM, Java %s", cpu,
                Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getTotalMemorySize() >> 30,
                System.getProperty("java.version"));
    }
}
