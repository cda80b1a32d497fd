package se.uppsikt.retention.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.archive.DisposeOutcome;
import se.uppsikt.retention.archive.Disposer;
import se.uppsikt.retention.channel.ChannelFacts;
import se.uppsikt.retention.channel.ChannelSource;
import se.uppsikt.retention.decision.DecisionRule;
import se.uppsikt.retention.decision.RetentionDecisionService;

/**
 * Executes a run in batches through the archive's dispose API. Each batch's outcomes are committed before the next
 * batch is sent, and the archive is idempotent per (runId, itemId): a run interrupted anywhere resumes from what is
 * committed, re-sending at most the one batch whose outcomes were not yet stored, which the archive answers with
 * its first result. So nothing is disposed of twice and nothing is forgotten.
 */
@ApplicationScoped
public class DisposalExecutor {

    private final RunStore store;
    private final RetentionDecisionService decisions;
    private final Disposer disposer;
    private final ChannelSource channels;
    private final ExecutionLock lock;
    private final CrashPoints crashPoints;
    private final Clock clock;
    private final int batchSize;
    private final Event<RunExecuted> executed;

    public DisposalExecutor(RunStore store, RetentionDecisionService decisions,
            Disposer disposer, ChannelSource channels, ExecutionLock lock, CrashPoints crashPoints, Clock clock,
            @ConfigProperty(name = "retention.execution.batch-size", defaultValue = "500") int batchSize,
            Event<RunExecuted> executed) {
        this.executed = executed;
        this.store = store;
        this.decisions = decisions;
        this.disposer = disposer;
        this.channels = channels;
        this.lock = lock;
        this.crashPoints = crashPoints;
        this.clock = clock;
        this.batchSize = Math.min(batchSize, 1000);
    }

    /** Executes (or resumes) the run; 409 when another execution holds the lock or the run may not execute. */
    public void execute(UUID runId, String actor) {
        ExecutionLock.Held held = lock.tryAcquire().orElseThrow(() -> ApiProblem.conflict("execution-in-progress",
                "Another disposal run is executing; runs execute one at a time. Try again when it has finished"));
        try (held) {
            DisposalRun found = store.find(runId);
            DecisionRule decision = decisions.rule(found.decisionId).orElseThrow();
            DisposalRun run = store.startExecution(runId, actor, decision.requiresApproval());
            Log.infof("Executing disposal run %s under %s (batches done: %d)", runId, run.decisionReference,
                    run.batchesDone);
            List<DecisionRule> inForce = decisions
                    .activeRules(LocalDate.now(clock.withZone(Eligibility.SWEDEN)));
            Map<UUID, Optional<ChannelFacts>> channelMemo = new HashMap<>();
            while (true) {
                List<DisposalRunItem> batch = store.pending(runId, batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                List<UUID> preserved = new ArrayList<>();
                List<UUID> send = new ArrayList<>();
                for (DisposalRunItem item : batch) {
                    // a "bevaras" decision registered after the dry run still wins (requirement 52)
                    Optional<ChannelFacts> ch = channelMemo.computeIfAbsent(item.channelId, channels::find);
                    boolean keep = ch.isPresent() && inForce.stream().anyMatch(d -> d.preserves(item.channelId,
                            ch.get().authorityId(), ch.get().platform(), ch.get().classificationCode(), item.kind));
                    (keep ? preserved : send).add(item.itemId);
                }
                List<DisposeOutcome> results = send.isEmpty()
                        ? List.of()
                        : disposer.dispose(runId, run.decisionReference, send);
                crashPoints.reached(CrashPoints.Point.AFTER_DISPOSE, runId, run.batchesDone + 1);
                int batchNo = store.recordBatch(runId, preserved, send, results);
                run.batchesDone = batchNo;
                crashPoints.reached(CrashPoints.Point.AFTER_BATCH, runId, batchNo);
            }
            store.finish(runId);
        }
        // outside the lock: registering the record must not hold up the next run
        executed.fire(new RunExecuted(runId));
    }
}
