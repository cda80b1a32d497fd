package se.uppsikt.gateway.route;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The circuit breaker of one route. After {@code threshold} connection failures or timeouts in a row it opens:
 * callers get a 503 at once instead of each waiting for the timeout. When {@code openFor} has passed, one request is
 * let through as a trial; its success closes the circuit, its failure opens it for another period. An upstream that
 * answers at all, even with a 500, is reachable and counts as a success: its errors are the service's to report.
 */
final class RouteCircuit {

    private final int threshold;
    private final long openNanos;
    private final LongSupplier nanoTime;
    private int failures;
    private long openedAt;

    RouteCircuit(String route, int threshold, Duration openFor, LongSupplier nanoTime) {
        if (threshold <= 0 || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalStateException("uppsikt.gateway.circuit-breaker: failure-threshold and open-for must be "
                    + "positive (route " + route + ")");
        }
        this.threshold = threshold;
        this.openNanos = openFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether a request may go to the upstream now; in the open state, only the first after each period may. */
    synchronized boolean allows() {
        if (failures < threshold) {
            return true;
        }
        long now = nanoTime.getAsLong();
        if (now - openedAt >= openNanos) {
            // the trial request; everyone else keeps getting 503 until it has answered
            openedAt = now;
            return true;
        }
        return false;
    }

    /** Seconds until the next trial, for {@code Retry-After}. */
    synchronized long secondsUntilTrial() {
        long left = openNanos - (nanoTime.getAsLong() - openedAt);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    synchronized void succeeded() {
        failures = 0;
    }

    synchronized void failed() {
        failures++;
        if (failures >= threshold) {
            openedAt = nanoTime.getAsLong();
        }
    }
}
