package se.uppsikt.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes and loads of a run. The defaults are issue 12's; {@code -Dbench.smoke=true} shrinks everything so the whole
 * path runs in minutes; any single figure can be set, e.g. {@code -Dbench.stored=200000}.
 */
record Settings(int items, int stored, int commentsPerPost, int batchSize, int ingestClients, int searchClients,
        int gatewayClients, Duration warmUp, Duration loadTime, List<String> serviceJvmOptions) {

    static Settings fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("bench.smoke");
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
                // what the Kubernetes Deployments give a service: a 512 MiB limit, the JVM sizing itself to it
                List.of(System.getProperty("bench.service-jvm", "-Xmx256m -XX:+UseSerialGC").split(" ")));
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
        return map;
    }

    private static int integer(String key, int fallback) {
        return Integer.parseInt(System.getProperty(key, Integer.toString(fallback)));
    }
}
