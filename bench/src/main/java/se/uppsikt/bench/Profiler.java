package se.uppsikt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.uppsikt.client.RealStack;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a scenario's time goes. Always: the CPU seconds each process of the stack (every service, PostgreSQL with its
 * backends, the benchmark itself, which drives the load on the same two cores) spent during the scenario. With
 * {@code -Dbench.profile=true} also a JFR recording ({@code settings=profile}, started and dumped by {@code jcmd}) of
 * the chosen services over the scenario, summarised by the in-process JFR parser: the hottest frames by self samples,
 * and the first frame in our code, Hibernate or the PostgreSQL driver that each sample is under.
 */
final class Profiler {

    private static final int TOP = 15;
    private static final List<String> OURS = List.of("se.uppsikt.", "org.postgresql.", "org.hibernate.");
    private static final List<String> SERVICES = List.of("channel-registry-service", "archive-service",
            "moderation-service", "retention-service", "gateway");
    private static final Pattern PORT = Pattern.compile("//[^:/]+:(\\d+)/");

    record Frame(String method, long samples, double share) {
    }

    /**
     * One recording's summary; {@code waiting}: native samples (threads blocked in I/O) under our code. Execution
     * samples only see Java code: the collector's and the JIT's threads are counted by their pauses and compilations
     * (the profile settings record compilations of 100 ms or more).
     */
    record Module(String module, Path recording, long samples, List<Frame> self, List<Frame> packages,
            List<Frame> ours, List<Frame> waiting, int gcs, double gcPauseSeconds, int longCompilations,
            double longCompilationSeconds) {
    }

    record Scenario(String name, double seconds, Map<String, Double> cpuSeconds, List<Module> modules,
            Path summary) {
    }

    private final RealStack stack;
    private final Path dir;
    private final boolean record;

    Profiler(RealStack stack, Path dir, boolean record) {
        this.stack = stack;
        this.dir = dir;
        this.record = record;
    }

    /** Starts measuring a scenario; the modules are only recorded with {@code -Dbench.profile=true}. */
    Recording start(String scenario, List<String> modules) {
        return new Recording(scenario, record ? modules : List.of());
    }

    final class Recording {
        private final String scenario;
        private final List<String> modules;
        private final Map<String, Double> cpuBefore;
        private final long started = System.nanoTime();

        private Recording(String scenario, List<String> modules) {
            this.scenario = scenario;
            List<String> recorded = new ArrayList<>();
            for (String module : modules) {
                if (jcmd(module, "JFR.start", "name=" + scenario, "settings=profile")) {
                    recorded.add(module);
                }
            }
            this.modules = recorded;
            this.cpuBefore = cpuSeconds();
        }

        Scenario stop() {
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Double> after = cpuSeconds();
            Map<String, Double> spent = new LinkedHashMap<>();
            after.forEach((process, cpu) -> spent.put(process, cpu - cpuBefore.getOrDefault(process, 0.0)));
            List<Module> summaries = new ArrayList<>();
            for (String module : modules) {
                Path file = dir.resolve(scenario + "-" + module + ".jfr").toAbsolutePath();
                if (jcmd(module, "JFR.stop", "name=" + scenario, "filename=" + file)) {
                    summaries.add(summarise(module, file));
                }
            }
            Scenario result = new Scenario(scenario, seconds, spent, summaries,
                    summaries.isEmpty() ? null : dir.resolve(scenario + ".md"));
            if (result.summary() != null) {
                write(result);
            }
            return result;
        }
    }

    /** False, and a line on the console, if it failed: a profile that could not be taken does not end the run. */
    private boolean jcmd(String module, String... command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(stack.pid(module)));
        line.addAll(List.of(command));
        try {
            Files.createDirectories(dir);
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                System.out.println(String.join(" ", line) + " failed: " + output);
                return false;
            }
            return true;
        } catch (IOException e) {
            System.out.println(String.join(" ", line) + " failed: " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU seconds so far per process of the stack. PostgreSQL is the postmaster listening on the stack's port with
     * its children; a backend that ended during the scenario takes its CPU time with it (the services' pooled
     * connections live as long as the service).
     */
    private Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String module : SERVICES) {
            ProcessHandle.of(stack.pid(module)).ifPresent(p -> cpu.put(module, cpu(p)));
        }
        postmaster().ifPresent(p -> cpu.put("PostgreSQL",
                cpu(p) + p.descendants().mapToDouble(Profiler::cpu).sum()));
        cpu.put("bench (load driver, raw baselines)", cpu(ProcessHandle.current()));
        return cpu;
    }

    private Optional<ProcessHandle> postmaster() {
        Matcher m = PORT.matcher(stack.jdbcUrl("postgres"));
        if (!m.find()) {
            return Optional.empty();
        }
        String port = m.group(1);
        return ProcessHandle.allProcesses().filter(p -> {
            String[] args = p.info().arguments().orElse(new String[0]);
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("-p") && args[i + 1].equals(port)) {
                    return p.info().command().orElse("").endsWith("postgres");
                }
            }
            return false;
        }).findFirst();
    }

    private static double cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    static Module summarise(String module, Path file) {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        Map<String, Long> ours = new HashMap<>();
        Map<String, Long> waiting = new HashMap<>();
        long samples = 0;
        long waits = 0;
        int gcs = 0;
        double gcPause = 0;
        int compilations = 0;
        double compiling = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcs++;
                    gcPause += event.getDuration("sumOfPauses").toNanos() / 1e9;
                    continue;
                }
                if (type.equals("jdk.Compilation")) {
                    compilations++;
                    compiling += event.getDuration().toNanos() / 1e9;
                    continue;
                }
                RecordedStackTrace trace = event.getStackTrace();
                if (trace == null || trace.getFrames().isEmpty()) {
                    continue;
                }
                if (type.equals("jdk.ExecutionSample")) {
                    samples++;
                    self.merge(name(trace.getFrames().get(0)), 1L, Long::sum);
                    packages.merge(packageOf(trace.getFrames().get(0).getMethod().getType().getName()), 1L,
                            Long::sum);
                    ours.merge(firstOurs(trace), 1L, Long::sum);
                } else if (type.equals("jdk.NativeMethodSample")) {
                    String under = firstOurs(trace);
                    // idle event loops and accept threads wait in native code too; only waits under our code count
                    if (!under.startsWith("(")) {
                        waits++;
                        waiting.merge(under, 1L, Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return new Module(module, file, samples, top(self, samples), top(packages, samples), top(ours, samples),
                top(waiting, waits), gcs, gcPause, compilations, compiling);
    }

    private static String firstOurs(RecordedStackTrace trace) {
        for (RecordedFrame frame : trace.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (OURS.stream().anyMatch(type::startsWith)) {
                return name(frame);
            }
        }
        return "(not under our code, Hibernate or the driver)";
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        // by method, not by line: a hot method spread over its lines is still one hot method
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName() + " ("
                + packageOf(type) + ")";
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }

    private static List<Frame> top(Map<String, Long> counts, long total) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .map(e -> new Frame(e.getKey(), e.getValue(), total == 0 ? 0 : (double) e.getValue() / total))
                .toList();
    }

    private static void write(Scenario scenario) {
        StringBuilder md = new StringBuilder();
        md.append("# Where the time goes: ").append(scenario.name()).append("\n\n");
        md.append(cpuLine(scenario)).append("\n");
        for (Module module : scenario.modules()) {
            md.append("\n## ").append(module.module()).append("\n\n").append(module.samples())
                    .append(" execution samples (JFR settings=profile, every 10 ms of a running thread) in `")
                    .append(module.recording().getFileName()).append("`. ").append(collectorAndJit(module))
                    .append(".\n");
            table(md, "Hottest frames by self samples", module.self());
            table(md, "Hottest packages by self samples", module.packages());
            table(md, "First frame in se.uppsikt, org.hibernate or org.postgresql (what the CPU time is under)",
                    module.ours());
            table(md, "Threads waiting in native code (socket reads: PostgreSQL, upstream calls) under our code",
                    module.waiting());
        }
        try {
            Files.writeString(scenario.summary(), md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "12 collections, 0.80 s paused; 3 compilations ≥ 100 ms, 0.6 s". */
    static String collectorAndJit(Module module) {
        return String.format(Locale.ROOT, "%d collections, %.2f s paused; %d compilations ≥ 100 ms, %.1f s",
                module.gcs(), module.gcPauseSeconds(), module.longCompilations(), module.longCompilationSeconds());
    }

    private static void table(StringBuilder md, String title, List<Frame> frames) {
        md.append("\n### ").append(title).append("\n\n| samples | share | frame |\n|---:|---:|---|\n");
        for (Frame f : frames) {
            md.append(String.format(Locale.ROOT, "| %d | %.1f %% | `%s` |%n", f.samples(), 100 * f.share(),
                    f.method()));
        }
    }

    /** "CPU over 12.3 s (24.6 s of two cores): archive-service 10.1 s, PostgreSQL 5.2 s, …". */
    static String cpuLine(Scenario scenario) {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "CPU over %.1f s (%.1f s of %d cores): ",
                scenario.seconds(), scenario.seconds() * cores, cores));
        List<String> parts = scenario.cpuSeconds().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .filter(e -> e.getValue() >= 0.05)
                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue())).toList();
        return line.append(String.join(", ", parts)).append('.').toString();
    }
}
