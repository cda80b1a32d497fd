package se.uppsikt.retention.record;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.RetentionDecision;
import se.uppsikt.retention.record.DisposalRecord.ChannelKindCount;
import se.uppsikt.retention.record.DisposalRecord.DecisionReference;
import se.uppsikt.retention.record.DisposalRecord.DisposedItem;
import se.uppsikt.retention.record.DisposalRecord.SkippedItem;
import se.uppsikt.retention.run.DisposalRun;
import se.uppsikt.retention.run.RunStatus;

/** Builds the disposal record of an executed run from what the run persisted. */
@ApplicationScoped
public class DisposalRecordService {

    private final EntityManager em;
    private final String copiesOutsideReach;

    public DisposalRecordService(EntityManager em,
            @ConfigProperty(name = "retention.record.copies-outside-reach") String copiesOutsideReach) {
        this.em = em;
        this.copiesOutsideReach = copiesOutsideReach;
    }

    @Transactional
    public DisposalRecord record(UUID runId) {
        DisposalRun run = em.find(DisposalRun.class, runId);
        if (run == null) {
            throw ApiProblem.notFound("Disposal run", runId);
        }
        if (run.status != RunStatus.EXECUTED) {
            throw ApiProblem.conflict("run-not-executed", "Disposal run " + runId + " is " + run.status
                    + "; its disposal record exists once the run has executed");
        }
        RetentionDecision d = em.find(RetentionDecision.class, run.decisionId);
        DecisionReference decision = new DecisionReference(d.id, d.reference, d.decidingBody, d.legalBasis,
                d.retentionPeriod, d.retentionTrigger.name(), d.documentSha256);

        Map<String, Long> outcomes = counts("select i.outcome, count(i) from DisposalRunItem i "
                + "where i.runId = ?1 and i.outcome is not null group by i.outcome order by i.outcome", runId);
        Map<String, Long> exclusions = counts("select i.exclusionReason, count(i) from DisposalRunItem i "
                + "where i.runId = ?1 and i.eligible = false group by i.exclusionReason order by i.exclusionReason",
                runId);
        List<ChannelKindCount> perChannelAndKind = em.createQuery("select i.channelId, i.kind, "
                + "sum(case when i.outcome = se.uppsikt.retention.run.ItemOutcome.DISPOSED then 1 else 0 end), "
                + "sum(case when i.outcome = se.uppsikt.retention.run.ItemOutcome.DISPOSED then 0 else 1 end) "
                + "from DisposalRunItem i where i.runId = ?1 group by i.channelId, i.kind "
                + "order by i.channelId, i.kind", Object[].class).setParameter(1, runId).getResultStream()
                .map(r -> new ChannelKindCount((UUID) r[0], (ItemKind) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList();
        List<DisposedItem> disposed = em.createQuery("select i.itemId, i.channelId, i.kind, "
                + "coalesce(i.outcomeSha256, i.contentSha256), i.triggerAt, i.governingDecisionId "
                + "from DisposalRunItem i where i.runId = ?1 and i.outcome = se.uppsikt.retention.run.ItemOutcome.DISPOSED "
                + "order by i.itemId", Object[].class).setParameter(1, runId).getResultStream()
                .map(r -> new DisposedItem((UUID) r[0], (UUID) r[1], (ItemKind) r[2], (String) r[3],
                        (Instant) r[4], (UUID) r[5]))
                .toList();
        List<SkippedItem> skipped = em.createQuery("select i.itemId, i.channelId, i.kind, "
                + "i.outcome, i.exclusionReason from DisposalRunItem i where i.runId = ?1 "
                + "and ((i.outcome is not null and i.outcome <> se.uppsikt.retention.run.ItemOutcome.DISPOSED) "
                + "or i.exclusionReason in (se.uppsikt.retention.run.ExclusionReason.HELD, "
                + "se.uppsikt.retention.run.ExclusionReason.PRESERVED, se.uppsikt.retention.run.ExclusionReason.SECRET)) "
                + "order by i.itemId", Object[].class).setParameter(1, runId).getResultStream()
                .map(r -> new SkippedItem((UUID) r[0], (UUID) r[1], (ItemKind) r[2],
                        String.valueOf(r[3] != null ? r[3] : r[4])))
                .toList();
        DisposalRecord.Registration registration = run.registrationStatus == null
                ? null
                : new DisposalRecord.Registration(run.registrationId, run.registrationStatus,
                        run.registrationNumber);
        return new DisposalRecord(run.id, decision, run.createdBy, run.createdAt, run.approvedBy, run.approvedAt,
                run.executedBy, run.executionStartedAt, run.executedAt, run.candidateCount, run.eligibleCount,
                outcomes, exclusions, perChannelAndKind, disposed, skipped, copiesOutsideReach, registration);
    }

    private Map<String, Long> counts(String jpql, UUID runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery(jpql, Object[].class).setParameter(1, runId).getResultStream()
                .forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }
}
