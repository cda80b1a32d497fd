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
                "throughput %.2f, +%.2f ms p50, +%.2f ms p99".formatted(ratio, addedP50, addedP99),
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

    void footprint(String moment, RealStack stack) {
        long total = 0;
        double slowest = 0;
        Map<String, Object> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            long rss = rssBytes(stack.pid(service));
            double ready = readySeconds(stack.logPath(service));
            total += rss;
            slowest = Math.max(slowest, ready);
            services.put(service, Map.of("rssBytes", rss, "readySeconds", ready));
            footprint.add("| %s | %s | %.2f s | %d MiB | %s |".formatted(moment, service, ready, rss >> 20,
                    verdict(ready <= 2.0 && rss <= 200L << 20)));
        }
        footprint.add("| %s | whole stack | %.2f s (slowest) | %d MiB | |".formatted(moment, slowest, total >> 20));
        @SuppressWarnings("unchecked")
        Map<String, Object> p5 = (Map<String, Object>) json.computeIfAbsent("P5", k -> new LinkedHashMap<>());
        p5.put(moment, Map.of("services", services, "totalRssBytes", total));
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
        md.append("\n## P5 footprint\n\n| when | service | ready in | RSS | goal ≤ 2 s, ≤ 200 MiB |\n"
                + "|---|---|---|---|---|\n");
        footprint.forEach(r -> md.append(r).append('\n'));
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

    private static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Quarkus's own figure from its start line, from JVM start to ready to serve. */
    private static double readySeconds(Path log) {
        try {
            Matcher m = STARTED.matcher(Files.readString(log));
            return m.find() ? Double.parseDouble(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
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
