package se.uppsikt.moderation.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Drains the registration outbox: each due registration is delivered in its own transaction that holds the row lock,
 * so two replicas never deliver the same one at once; a failure is retried with exponential backoff until
 * {@code registration.dispatch.max-attempts}, then the registration waits on the dead-letter list for a registrar.
 * Delivery is at least once (the case system may have registered a document whose answer was lost); the adapter
 * passes the source reference as idempotency key so that the case system never files it twice.
 */
@ApplicationScoped
public class RegistrationDispatcher {

    private final RegistrationRepository registrations;
    private final CaseSystemAdapters adapters;
    private final RegistrationConfig config;
    private final MeterRegistry meters;
    private final Clock clock;

    public RegistrationDispatcher(RegistrationRepository registrations, CaseSystemAdapters adapters,
            RegistrationConfig config, MeterRegistry meters, Clock clock) {
        this.registrations = registrations;
        this.adapters = adapters;
        this.config = config;
        this.meters = meters;
        this.clock = clock;
    }

    /** What one run did; {@code delivered} includes hand-overs still waiting for their number by callback. */
    public record Run(int delivered, int retried, int deadLettered) {
    }

    enum Outcome {
        DELIVERED, HANDED_OVER, RETRY, DEAD_LETTER, SKIPPED
    }

    @Scheduled(every = "{registration.dispatch.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Run run = dispatchDue(clock.instant());
            if (run.delivered() + run.retried() + run.deadLettered() > 0) {
                Log.infof("Registration dispatch: %s", run);
            }
        } catch (RuntimeException e) {
            Log.error("Registration dispatch failed; the next run tries again", e);
        }
    }

    /** Delivers what is due at {@code now}; tests pass a later instant instead of waiting out the backoff. */
    public Run dispatchDue(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew()
                .call(() -> registrations.dueIds(now, config.dispatch().batchSize()));
        int delivered = 0;
        int retried = 0;
        int deadLettered = 0;
        for (UUID id : due) {
            switch (deliverOne(id, now)) {
                case DELIVERED, HANDED_OVER -> delivered++;
                case RETRY -> retried++;
                case DEAD_LETTER -> deadLettered++;
                case SKIPPED -> {
                }
            }
        }
        return new Run(delivered, retried, deadLettered);
    }

    private Outcome deliverOne(UUID id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.lockForDelivery(id)
                .map(registration -> attempt(registration, now)).orElse(Outcome.SKIPPED));
    }

    private Outcome attempt(Registration registration, Instant now) {
        CaseSystemAdapter adapter = adapters.active();
        registration.attempts++;
        Outcome outcome;
        try {
            Optional<String> number = adapter.deliver(registration);
            registration.lastError = null;
            if (number.isPresent()) {
                registration.registered(number.get(), clock.instant(), "adapter:" + adapter.name());
                outcome = Outcome.DELIVERED;
            } else {
                // Handed over; if no callback comes, it is handed over again (same idempotency key) later.
                registration.nextAttemptAt = now.plus(config.dispatch().callbackTimeout());
                outcome = Outcome.HANDED_OVER;
            }
        } catch (DeliveryFailedException e) {
            registration.lastError = e.getMessage();
            if (e.permanent() || registration.attempts >= config.dispatch().maxAttempts()) {
                registration.status = RegistrationStatus.DEAD_LETTER;
                registration.nextAttemptAt = null;
                outcome = Outcome.DEAD_LETTER;
            } else {
                registration.nextAttemptAt = now.plus(backoff(registration.attempts));
                outcome = Outcome.RETRY;
            }
        }
        // Identifiers and the outcome only: descriptions and counterparties may be secret (req. 68).
        Log.infof("Registration %s (%s) attempt %d via %s: %s%s", registration.id, registration.sourceReference,
                registration.attempts, adapter.name(), outcome,
                registration.lastError == null ? "" : " (" + registration.lastError + ")");
        meters.counter("uppsikt.registration.deliveries", "adapter", adapter.name(), "outcome", outcome.name())
                .increment();
        return outcome;
    }

    /** initial × 2^(attempts − 1), capped: 30 s, 1 min, 2 min … 6 h with the defaults. */
    Duration backoff(int attempts) {
        Duration initial = config.dispatch().initialBackoff();
        Duration max = config.dispatch().maxBackoff();
        int doublings = Math.min(attempts - 1, 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
