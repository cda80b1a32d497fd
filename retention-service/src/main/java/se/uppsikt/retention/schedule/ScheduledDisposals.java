package se.uppsikt.retention.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.decision.DecisionRule;
import se.uppsikt.retention.decision.RetentionDecisionService;
import se.uppsikt.retention.run.DisposalExecutor;
import se.uppsikt.retention.run.DisposalRun;
import se.uppsikt.retention.run.DisposalRunRepository;
import se.uppsikt.retention.run.DisposalRunService;
import se.uppsikt.retention.run.RunStatus;
import se.uppsikt.retention.run.api.RunView;

/**
 * The schedule: a dry run per decision in force (unless one is still open), executed at once only where the decision
 * says its runs need no approval; everything else waits for an archivist. Runs interrupted by a crash are resumed.
 */
@ApplicationScoped
public class ScheduledDisposals {

    /** The actor recorded on runs the schedule creates or executes. */
    public static final String ACTOR = "retention-schedule";

    private final RetentionDecisionService decisions;
    private final DisposalRunService runService;
    private final DisposalRunRepository runs;
    private final DisposalExecutor executor;
    private final Clock clock;

    public ScheduledDisposals(RetentionDecisionService decisions, DisposalRunService runService,
            DisposalRunRepository runs, DisposalExecutor executor, Clock clock) {
        this.decisions = decisions;
        this.runService = runService;
        this.runs = runs;
        this.executor = executor;
        this.clock = clock;
    }

    /** What one trigger did. */
    public record Outcome(int runsCreated, int runsExecuted) {
    }

    @Scheduled(cron = "{retention.schedule}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Outcome outcome = trigger();
        Log.infof("Scheduled disposal: %d dry runs created, %d executed", outcome.runsCreated(),
                outcome.runsExecuted());
    }

    @Scheduled(every = "{retention.resume-every}", delayed = "{retention.resume-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onResumeSchedule() {
        resumeInterrupted();
    }

    /** Resumes every run left EXECUTING, e.g. by a pod killed mid-run; each resumes from its committed batches. */
    public void resumeInterrupted() {
        List<DisposalRun> interrupted = QuarkusTransaction.requiringNew()
                .call(() -> runs.inStatus(RunStatus.EXECUTING));
        for (DisposalRun run : interrupted) {
            try {
                executor.execute(run.id, run.executedBy);
            } catch (RuntimeException e) {
                Log.warnf("Interrupted run %s not resumed yet: %s", run.id, e.getMessage());
            }
        }
    }

    public Outcome trigger() {
        List<DecisionRule> inForce = decisions
                .activeRules(LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))));
        int created = 0;
        int executed = 0;
        for (DecisionRule decision : inForce) {
            if (QuarkusTransaction.requiringNew().call(() -> runs.hasUnfinishedRun(decision.id()))) {
                continue;
            }
            RunView run;
            try {
                run = runService.create(decision.id(), ACTOR, true);
            } catch (ApiProblem e) {
                // e.g. every kind it covers bevaras: nothing to plan, and nothing wrong with the schedule
                continue;
            }
            created++;
            if (!decision.requiresApproval() && run.eligibleCount() > 0) {
                try {
                    executor.execute(run.id(), ACTOR);
                    executed++;
                } catch (ApiProblem e) {
                    // another replica is executing; this run stays PLANNED for the next trigger or a person
                    Log.infof("Run %s not executed now: %s", run.id(), e.getMessage());
                }
            }
        }
        return new Outcome(created, executed);
    }
}
