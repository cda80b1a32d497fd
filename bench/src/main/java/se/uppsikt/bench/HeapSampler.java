package se.uppsikt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples a service's heap from its Prometheus endpoint four times a second while a scenario runs: the peak of heap
 * used (what the collector let grow) and the peak of live data after a collection (what the code really holds; a
 * flat figure across sizes means the work is streamed, not loaded).
 */
final class HeapSampler {

    private static final Pattern HEAP_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.eE+]+)", Pattern.MULTILINE);
    private static final Pattern LIVE = Pattern.compile("^jvm_gc_live_data_size_bytes(?:\\{[^}]*\\})? ([0-9.eE+]+)",
            Pattern.MULTILINE);

    record Peak(long heapUsedBytes, long liveDataBytes, int samples) {
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong heap = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();

    private HeapSampler() {
    }

    static HeapSampler start(String serviceUrl) {
        HeapSampler sampler = new HeapSampler();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics")).build();
        sampler.timer.scheduleAtFixedRate(() -> {
            try {
                String metrics = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
                long used = 0;
                for (Matcher m = HEAP_USED.matcher(metrics); m.find();) {
                    used += (long) Double.parseDouble(m.group(1));
                }
                sampler.heap.accumulateAndGet(used, Math::max);
                Matcher m = LIVE.matcher(metrics);
                if (m.find()) {
                    sampler.live.accumulateAndGet((long) Double.parseDouble(m.group(1)), Math::max);
                }
                sampler.samples.incrementAndGet();
            } catch (Exception e) {
                // a missed sample during a busy moment lowers the resolution, not the truth of the others
            }
        }, 0, 250, TimeUnit.MILLISECONDS);
        return sampler;
    }

    Peak stop() {
        timer.shutdownNow();
        return new Peak(heap.get(), live.get(), (int) samples.get());
    }
}
