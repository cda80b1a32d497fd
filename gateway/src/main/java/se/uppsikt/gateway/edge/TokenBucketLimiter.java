package se.uppsikt.gateway.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (client IP): {@code perMinute} tokens, refilled evenly, a full bucket is the allowed burst.
 * <p>
 * The buckets live in this replica's memory only: with N gateway replicas behind a load balancer a client gets up to
 * N times the limit. That is accepted; the limit keeps a scraper from hammering the public pages, it is not a quota.
 * Buckets that have refilled completely carry no information and are dropped, so memory follows the number of
 * clients active in the last minute.
 */
final class TokenBucketLimiter {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    // beyond this many tracked clients, full buckets are swept before a new one is added
    private static final int SWEEP_ABOVE = 10_000;

    private final int perMinute;
    private final long nanosPerToken;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBucketLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute <= 0) {
            throw new IllegalStateException("uppsikt.gateway.rate-limit.per-minute must be positive");
        }
        this.perMinute = perMinute;
        this.nanosPerToken = NANOS_PER_MINUTE / perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one token for {@code key}.
     *
     * @return 0 if the request may pass, otherwise the whole seconds until the next token (at least 1)
     */
    long acquire(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
        return bucket.take(now);
    }

    private final class Bucket {

        private double tokens = perMinute;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            long waitNanos = (long) ((1 - tokens) * nanosPerToken);
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (double) (now - updated) / nanosPerToken);
            updated = now;
        }
    }
}
