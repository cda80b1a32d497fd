package se.uppsikt.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes and loads of a run. The defaults are issue 12's; {@code -Dbench.smoke=true} shrinks everything so the whole
 * path runs in minutes; any single figure can be set, e.g. {@code -Dbench.stored=200000}.
 * <ul>
 * <li>{@code -Dbench.service-jvm="..."}: the JVM options of every service and the gateway (default
 * {@link #SERVICE_JVM}).</li>
 * <li>{@code -Dbench.malloc-arena-max=N}: {@code MALLOC_ARENA_MAX} of every service (default 2; empty: glibc's default
 * of eight arenas per core).</li>
 * <li>{@code -Dbench.profile=true}: a JFR recording ({@code settings=profile}) of the archive-service and the gateway
 * (the retention-service in P3; the gateway and the moderation-service in an extra, uncounted round of P4) over each
 * of P1, P7, P2 and P3, summarised in {@code bench/target/profiles/<scenario>.md} and the report's "Where the time
 * goes", and PostgreSQL's plans of P2's queries. The recordings slow the recorded JVMs (JFR's own work and the
 * recompilations it causes) while the raw baselines run unrecorded: profile to find causes, take the figures from a
 * run without.</li>
 * </ul>
 * The services are always started one at a time, so that each one's time to ready is its own.
 */
record Settings(int items, int stored, int commentsPerPost, int batchSize, int ingestClients, int searchClients,
        int gatewayClients, Duration warmUp, Duration loadTime, List<String> serviceJvmOptions,
        Map<String, String> serviceEnvironment, boolean profile) {

    /**
     * What a long-running service needs and no more: a heap well above the live data measured (the retention-service's,
     * about 21 MiB after a disposal run) but far below the JVM's default of a quarter of the machine; a small initial
     * heap so that the serial collector grows it only as far as the load needs (on this 23 GiB machine the default
     * initial heap is the whole maximum, and the young generation alone is touched to its full size); caps on
     * metaspace, code cache and direct buffers so that a leak fails the JVM instead of the node; and an exit on
     * OutOfMemoryError so that Kubernetes restarts it. C2 stays on: {@code -XX:TieredStopAtLevel=1} starts quicker but
     * gives up peak throughput in ingest and search, which the service runs for months.
     */
    static final String SERVICE_JVM = "-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m"
            + " -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError";

    static Settings fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        // glibc gives each thread that mallocs concurrently its own arena, up to eight per core; the JVM's own
        // allocations (compiler, GC, JFR) then keep freed memory in many half-used arenas that count as RSS
        String arenas = System.getProperty("bench.malloc-arena-max", "2");
        return new Settings(
                integer("bench.items", smoke ? 2_000 : 100_000),
                integer("bench.stored", smoke ? 20_000 : 1_000_000),
                integer("bench.comments-per-post", 1),
                integer("bench.batch-size", 500),
                integer("bench.ingest-clients", 2),
                integer("bench.search-clients", 16),
                integer("bench.gateway-clients", 32),
                Duration.ofSeconds(integer("bench.warm-up-seconds", smoke ? 3 : 15)),
                Duration.ofSeconds(integer("bench.load-seconds", smoke ? 5 : 30)),
                List.of(System.getProperty("bench.service-jvm", SERVICE_JVM).trim().split(" +")),
                arenas.isBlank() ? Map.of() : Map.of("MALLOC_ARENA_MAX", arenas.strip()),
                Boolean.getBoolean("bench.profile"));
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("items", items);
        map.put("stored", stored);
        map.put("commentsPerPost", commentsPerPost);
        map.put("batchSize", batchSize);
        map.put("ingestClients", ingestClients);
        map.put("searchClients", searchClients);
        map.put("gatewayClients", gatewayClients);
        map.put("warmUpSeconds", warmUp.toSeconds());
        map.put("loadSeconds", loadTime.toSeconds());
        map.put("serviceJvmOptions", String.join(" ", serviceJvmOptions));
        map.put("serviceEnvironment", serviceEnvironment);
        map.put("profile", profile);
        return map;
    }

    private static int integer(String key, int fallback) {
        return Integer.parseInt(System.getProperty(key, Integer.toString(fallback)));
    }
}
