package se.uppsikt.retention.run;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.archive.CandidateSource;
import se.uppsikt.retention.channel.ChannelSource;
import se.uppsikt.retention.decision.DecisionRule;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.RetentionDecisionService;
import se.uppsikt.retention.run.api.RunItemView;
import se.uppsikt.retention.run.api.RunView;

/**
 * Creates dry runs, approves them and reads them. Creating a run writes the run first and its items page by page,
 * each page in its own transaction, so the heap holds one page however many candidates the archive has.
 */
@ApplicationScoped
public class DisposalRunService {

    private final DisposalRunRepository runs;
    private final DisposalRunItemRepository items;
    private final RunStore store;
    private final RetentionDecisionService decisions;
    private final CandidateSource candidates;
    private final ChannelSource channels;
    private final Clock clock;
    private final int pageSize;
    private final boolean fourEyes;

    public DisposalRunService(DisposalRunRepository runs, DisposalRunItemRepository items, RunStore store,
            RetentionDecisionService decisions, CandidateSource candidates, ChannelSource channels, Clock clock,
            @ConfigProperty(name = "retention.candidates.page-size", defaultValue = "500") int pageSize,
            @ConfigProperty(name = "retention.approval.four-eyes", defaultValue = "true") boolean fourEyes) {
        this.runs = runs;
        this.items = items;
        this.store = store;
        this.decisions = decisions;
        this.candidates = candidates;
        this.channels = channels;
        this.clock = clock;
        this.pageSize = Math.min(pageSize, 1000);
        this.fourEyes = fourEyes;
    }

    /** A dry run under the decision, judged as of now. */
    public RunView create(UUID decisionId, String actor, boolean scheduled) {
        DecisionRule decision = decisions.rule(decisionId).orElseThrow(
                () -> ApiProblem.invalidField("decisionId", "retention decision " + decisionId + " does not exist"));
        Instant at = clock.instant();
        LocalDate today = LocalDate.ofInstant(at, Eligibility.SWEDEN);
        if (!decision.activeOn(today)) {
            throw ApiProblem.conflict("decision-not-in-force", "Retention decision " + decision.reference()
                    + " is not in force on " + today + ": nothing may be disposed of under it");
        }
        List<DecisionRule> inForce = decisions.activeRules(today);
        if (decision.itemKinds().stream().allMatch(kind -> preservedEverywhere(kind, decision, inForce))) {
            throw ApiProblem.conflict("preserved-category", "Every kind of record decision " + decision.reference()
                    + " covers is marked \"bevaras\" by a decision in force; such records are never disposed of");
        }
        DisposalRun run = store.open(decisionId, decision.reference(), at, scheduled, actor);
        DisposalPlanner planner = new DisposalPlanner(candidates, channels, pageSize);
        DisposalPlanner.Summary summary = planner.plan(decision, inForce, at, page -> store.addItems(run.id, page));
        store.planned(run.id, summary);
        return get(run.id);
    }

    /** A kind is out of reach if a decision in force preserves it wherever this decision reaches. */
    private static boolean preservedEverywhere(ItemKind kind, DecisionRule decision,
            List<DecisionRule> inForce) {
        return inForce.stream().anyMatch(p -> p.preservedItemKinds().contains(kind)
                && p.authorityIds().containsAll(decision.authorityIds())
                && (p.channelIds().isEmpty() || !decision.channelIds().isEmpty()
                        && p.channelIds().containsAll(decision.channelIds()))
                && (p.platforms().isEmpty() || !decision.platforms().isEmpty()
                        && p.platforms().containsAll(decision.platforms())));
    }

    /** Four-eyes: the archivist who created the dry run may not also approve it. */
    @Transactional
    public RunView approve(UUID runId, String actor) {
        DisposalRun run = runs.findByIdOptional(runId).orElseThrow(() -> ApiProblem.notFound("Disposal run", runId));
        if (run.status != RunStatus.PLANNED) {
            throw ApiProblem.conflict("run-not-awaiting-approval",
                    "Disposal run " + runId + " is " + run.status + "; only a PLANNED dry run can be approved");
        }
        if (fourEyes && run.createdBy.equals(actor)) {
            throw ApiProblem.conflict("approver-is-creator", "Disposal run " + runId + " was created by " + actor
                    + "; another archivist must approve it (four-eyes principle)");
        }
        run.status = RunStatus.APPROVED;
        run.approvedBy = actor;
        run.approvedAt = clock.instant();
        return RunView.of(run);
    }

    @Transactional
    public RunView get(UUID runId) {
        return runs.findByIdOptional(runId).map(RunView::of)
                .orElseThrow(() -> ApiProblem.notFound("Disposal run", runId));
    }

    @Transactional
    public PageView<RunView> list(int page, int size) {
        var query = runs.findAll(Sort.descending("createdAt").and("id")).page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(RunView::of).toList(), page, size, query.count());
    }

    @Transactional
    public PageView<RunItemView> items(UUID runId, int page, int size) {
        if (runs.findByIdOptional(runId).isEmpty()) {
            throw ApiProblem.notFound("Disposal run", runId);
        }
        return new PageView<>(items.page(runId, page, size).stream().map(RunItemView::of).toList(), page, size,
                items.countForRun(runId));
    }
}
