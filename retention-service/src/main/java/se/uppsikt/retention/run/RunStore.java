package se.uppsikt.retention.run;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.archive.Candidate;
import se.uppsikt.retention.archive.DisposeOutcome;

/**
 * The persisted state of runs, each method its own transaction: whatever a crash interrupts, what is committed is
 * consistent, and execution resumes from it.
 */
@ApplicationScoped
public class RunStore {

    private final DisposalRunRepository runs;
    private final DisposalRunItemRepository items;
    private final EntityManager em;
    private final Clock clock;

    public RunStore(DisposalRunRepository runs, DisposalRunItemRepository items, EntityManager em, Clock clock) {
        this.runs = runs;
        this.items = items;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public DisposalRun open(UUID decisionId, String reference, Instant at, boolean scheduled, String actor) {
        DisposalRun run = new DisposalRun();
        run.id = UUID.randomUUID();
        run.decisionId = decisionId;
        run.decisionReference = reference;
        run.status = RunStatus.PLANNING;
        run.evaluatedAt = at;
        run.scheduled = scheduled;
        run.createdBy = actor;
        run.createdAt = clock.instant();
        runs.persist(run);
        return run;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public DisposalRun find(UUID runId) {
        return runs.findByIdOptional(runId).orElseThrow(() -> ApiProblem.notFound("Disposal run", runId));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void addItems(UUID runId, List<DisposalPlanner.Planned> page) {
        for (DisposalPlanner.Planned planned : page) {
            Candidate c = planned.candidate();
            DisposalRunItem item = new DisposalRunItem();
            item.runId = runId;
            item.itemId = c.itemId();
            item.channelId = c.channelId();
            item.kind = c.kind();
            item.direction = c.direction();
            item.visibility = c.visibility();
            item.contentSha256 = c.contentSha256();
            item.triggerAt = planned.verdict().triggerAt();
            item.dueAt = planned.verdict().dueAt();
            item.governingDecisionId = planned.verdict().governingDecisionId();
            item.eligible = planned.verdict().eligible();
            item.exclusionReason = planned.verdict().reason();
            em.persist(item);
        }
        // a page is written and forgotten: the persistence context must not grow with the run
        em.flush();
        em.clear();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void planned(UUID runId, DisposalPlanner.Summary summary) {
        DisposalRun run = runs.findById(runId);
        run.candidateCount = summary.candidates();
        run.eligibleCount = summary.eligible();
        run.status = RunStatus.PLANNED;
    }

    /**
     * Moves the run into execution, or confirms it is already there (a resume). The caller holds the execution
     * lock, so nobody else is executing it.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public DisposalRun startExecution(UUID runId, String actor, boolean decisionRequiresApproval) {
        DisposalRun run = runs.findByIdOptional(runId).orElseThrow(() -> ApiProblem.notFound("Disposal run", runId));
        switch (run.status) {
            case EXECUTING -> {
                return run;
            }
            case EXECUTED -> throw ApiProblem.conflict("run-already-executed",
                    "Disposal run " + runId + " has already been executed; its record is at /record");
            case PLANNING -> throw ApiProblem.conflict("run-not-planned",
                    "Disposal run " + runId + " is still being planned");
            case PLANNED -> {
                if (decisionRequiresApproval) {
                    throw ApiProblem.conflict("run-not-approved", "Disposal run " + runId
                            + " must be approved by an archivist before it executes: decision "
                            + run.decisionReference + " does not allow execution without approval");
                }
            }
            case APPROVED -> {
                // approved runs may execute
            }
        }
        run.status = RunStatus.EXECUTING;
        run.executedBy = actor;
        run.executionStartedAt = clock.instant();
        return run;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<DisposalRunItem> pending(UUID runId, int limit) {
        List<DisposalRunItem> batch = items.pending(runId, limit);
        batch.forEach(em::detach);
        return batch;
    }

    /** Commits one batch's outcomes; every item sent must have an answer, or the run stops rather than loop. */
    @Transactional(TxType.REQUIRES_NEW)
    public int recordBatch(UUID runId, List<UUID> preserved, List<UUID> sent, List<DisposeOutcome> results) {
        DisposalRun run = runs.findById(runId);
        int batchNo = run.batchesDone + 1;
        Instant now = clock.instant();
        Map<UUID, DisposeOutcome> byItem = results.stream()
                .collect(Collectors.toMap(DisposeOutcome::itemId, Function.identity(), (a, b) -> a));
        // one query for the whole batch, not one per item
        List<UUID> all = new ArrayList<>(sent);
        all.addAll(preserved);
        Map<UUID, DisposalRunItem> rows = items.inBatch(runId, all).stream()
                .collect(Collectors.toMap(i -> i.itemId, Function.identity()));
        for (UUID itemId : sent) {
            DisposeOutcome outcome = byItem.get(itemId);
            if (outcome == null || outcome.outcome() == null) {
                throw new IllegalStateException("the archive gave no outcome for item " + itemId + " of run " + runId);
            }
            setOutcome(rows.get(itemId), ItemOutcome.valueOf(outcome.outcome().name()), outcome.contentSha256(),
                    batchNo, now);
        }
        for (UUID itemId : preserved) {
            setOutcome(rows.get(itemId), ItemOutcome.SKIPPED_PRESERVED, null, batchNo, now);
        }
        run.batchesDone = batchNo;
        return batchNo;
    }

    private static void setOutcome(DisposalRunItem item, ItemOutcome outcome, String sha256, int batchNo,
            Instant now) {
        item.outcome = outcome;
        item.outcomeSha256 = sha256;
        item.batchNo = batchNo;
        item.executedAt = now;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(UUID runId) {
        DisposalRun run = runs.findById(runId);
        run.status = RunStatus.EXECUTED;
        run.executedAt = clock.instant();
    }
}
