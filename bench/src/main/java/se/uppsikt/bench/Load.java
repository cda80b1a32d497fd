package se.uppsikt.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: {@code clients} threads each send a request as soon as their last one returned. Latencies go
 * into an HdrHistogram with coordinated-omission correction ({@code recordValueWithExpectedInterval}, the expected
 * interval being the median seen in the warm-up): a request that stalls for a second does not hide the requests a
 * client would have sent during that second.
 */
final class Load {

    /** One request; returns normally on success and throws on a failed answer (wrong status, wrong body). */
    @FunctionalInterface
    interface Call {
        void run(int client, long sequence) throws Exception;
    }

    record Result(String name, int clients, double seconds, long requests, long errors, double perSecond,
            double p50Ms, double p90Ms, double p99Ms, double maxMs) {
    }

    private Load() {
    }

    static Result run(String name, int clients, Duration warmUp, Duration measure, Call call) throws Exception {
        Histogram warm = phase(clients, warmUp, call, new Recorder(3), 0).histogram();
        long expectedIntervalMicros = Math.max(1, warm.getValueAtPercentile(50));
        Phase measured = phase(clients, measure, call, new Recorder(3), expectedIntervalMicros);
        Histogram h = measured.histogram();
        double seconds = measured.nanos() / 1e9;
        return new Result(name, clients, seconds, measured.requests(), measured.errors(),
                measured.requests() / seconds, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }

    private record Phase(Histogram histogram, long requests, long errors, long nanos) {
    }

    private static Phase phase(int clients, Duration length, Call call, Recorder recorder,
            long expectedIntervalMicros) throws Exception {
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        try {
                            call.run(client, sequence.incrementAndGet());
                        } catch (Exception e) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("  request failed: " + e.getMessage());
                            }
                        }
                        long micros = Math.max(1, (System.nanoTime() - sent) / 1000);
                        if (expectedIntervalMicros > 0) {
                            recorder.recordValueWithExpectedInterval(micros, expectedIntervalMicros);
                        } else {
                            recorder.recordValue(micros);
                        }
                        requests.incrementAndGet();
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
        return new Phase(recorder.getIntervalHistogram(), requests.get(), errors.get(), System.nanoTime() - start);
    }
}
