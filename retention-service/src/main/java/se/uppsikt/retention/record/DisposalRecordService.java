package se.uppsikt.retention.record;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.retention.decision.ItemKind;
import se.uppsikt.retention.decision.RetentionDecision;
import se.uppsikt.retention.record.RecordSummary.ChannelKindCount;
import se.uppsikt.retention.record.RecordSummary.DecisionReference;
import se.uppsikt.retention.record.RecordSummary.ItemListReference;
import se.uppsikt.retention.record.RecordSummary.NotDestroyed;
import se.uppsikt.retention.run.DisposalRun;
import se.uppsikt.retention.run.RunStatus;

/**
 * Builds the disposal record of an executed run from what the run persisted: the summary from SQL aggregates, the
 * item list streamed page by page ({@link RecordItems}), so neither grows the heap with the size of the run.
 */
@ApplicationScoped
public class DisposalRecordService {

    /**
     * Requirement 57, stated honestly in every record: runs reach only what the archive offers as disposal
     * candidates (contracts §3–4). The other record types have no disposal API in their services yet.
     */
    static final String RECORD_TYPES_NOT_COVERED = "Not reached by disposal runs: takedown evidence, moderation "
            + "decisions, block records, capture runs, SIP packages and disclosure decisions, registrations and "
            + "audit logs. Their services offer no disposal candidates or dispose API, so they are kept until such "
            + "an API exists; no decision can be applied to them by this service.";

    /** What the archive's answers mean when an item it was sent is not destroyed (requirement 56). */
    private static final Map<String, String> NOT_DESTROYED_MEANING = Map.of(
            "SKIPPED_HELD", "The archive found a hold when the batch arrived and kept the item with all its copies; "
                    + "a later run disposes of it once the hold is lifted.",
            "NOT_FOUND", "The archive holds neither the item nor a trace of its disposal: this run destroyed "
                    + "nothing. If the item existed, it left the archive outside gallring and that should be "
                    + "investigated.",
            "ALREADY_DISPOSED", "The archive had already disposed of the item (its tombstone keeps the hash): an "
                    + "earlier run destroyed it and that run's record lists it.",
            "SKIPPED_PRESERVED", "A decision in force at execution says such records bevaras (requirement 52); the "
                    + "item was not sent to the archive.");

    private final EntityManager em;
    private final RecordItems items;
    private final ObjectMapper json;
    private final String copiesOutsideReach;
    private final String copiesDestroyed;
    private final int pdfItemLimit;
    private final long listAttachmentMaxBytes;

    public DisposalRecordService(EntityManager em, RecordItems items, ObjectMapper json,
            @ConfigProperty(name = "retention.record.copies-outside-reach") String copiesOutsideReach,
            @ConfigProperty(name = "retention.record.copies-destroyed") String copiesDestroyed,
            @ConfigProperty(name = "retention.record.pdf-item-limit", defaultValue = "1000") int pdfItemLimit,
            @ConfigProperty(name = "retention.registration.list-attachment-max-bytes", defaultValue = "6291456") long listAttachmentMaxBytes) {
        this.pdfItemLimit = pdfItemLimit;
        this.listAttachmentMaxBytes = listAttachmentMaxBytes;
        this.em = em;
        this.items = items;
        this.json = json;
        this.copiesOutsideReach = copiesOutsideReach;
        this.copiesDestroyed = copiesDestroyed;
    }

    /** The record without its item list; 404 for an unknown run, 409 for one not executed yet. */
    @Transactional
    public RecordSummary summary(UUID runId) {
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

        Map<String, Long> outcomes = counts("select outcome, count(*) from disposal_run_item "
                + "where run_id = ?1 and outcome is not null group by outcome order by outcome", runId);
        Map<String, Long> exclusions = counts("select exclusion_reason, count(*) from disposal_run_item "
                + "where run_id = ?1 and not eligible group by exclusion_reason order by exclusion_reason", runId);
        Map<String, Long> skippedByReason = counts("select coalesce(outcome, exclusion_reason), count(*) "
                + "from disposal_run_item where run_id = ?1 and ((outcome is not null and outcome <> 'DISPOSED') "
                + "or exclusion_reason in ('HELD', 'PRESERVED', 'SECRET')) group by 1 order by 1", runId);
        List<ChannelKindCount> perChannelAndKind = rows("select channel_id, kind, "
                + "count(*) filter (where outcome = 'DISPOSED'), count(*) filter (where outcome is distinct from "
                + "'DISPOSED') from disposal_run_item where run_id = ?1 group by channel_id, kind "
                + "order by channel_id, kind", runId).stream()
                .map(r -> new ChannelKindCount((UUID) r[0], ItemKind.valueOf((String) r[1]),
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
        List<NotDestroyed> notDestroyed = outcomes.entrySet().stream()
                .filter(e -> !"DISPOSED".equals(e.getKey()))
                .map(e -> new NotDestroyed(e.getKey(), e.getValue(), NOT_DESTROYED_MEANING.get(e.getKey())))
                .toList();
        long withoutChecksum = ((Number) em.createNativeQuery("select count(*) from disposal_run_item where "
                + "run_id = ?1 and outcome = 'DISPOSED' and coalesce(outcome_sha256, content_sha256) is null")
                .setParameter(1, runId).getSingleResult()).longValue();
        long listed = outcomes.values().stream().mapToLong(Long::longValue).sum()
                + RecordItems.LISTED_EXCLUSIONS.stream().mapToLong(r -> exclusions.getOrDefault(r.name(), 0L)).sum();
        ItemListReference itemList = new ItemListReference(RecordItems.csvName(runId), "text/csv",
                "/api/v1/disposal-runs/" + runId + "/record/items.csv", listed);
        RecordSummary.Registration registration = run.registrationStatus == null
                ? null
                : new RecordSummary.Registration(run.registrationId, run.registrationStatus,
                        run.registrationNumber);
        return new RecordSummary(run.id, decision, run.createdBy, run.createdAt, run.approvedBy, run.approvedAt,
                run.executedBy, run.executionStartedAt, run.executedAt, run.candidateCount, run.eligibleCount,
                outcomes, exclusions, skippedByReason, perChannelAndKind, notDestroyed, withoutChecksum,
                copiesDestroyed, copiesOutsideReach, Arrays.asList(ItemKind.values()), RECORD_TYPES_NOT_COVERED,
                itemList, registration);
    }

    /** Whether the registration carries the CSV list, or only the PDF/A that names it by hash. */
    public boolean listAttached(RecordItems.ListFile list) {
        return list.bytes() <= listAttachmentMaxBytes;
    }

    /** The PDF/A of the record vouching for {@code list}; it lists the items itself only for small runs. */
    public byte[] pdf(RecordSummary summary, RecordItems.ListFile list) {
        List<ListedItem> inline = list.rows() <= pdfItemLimit
                ? items.first(summary.runId(), RecordItems.Selection.ALL_LISTED, pdfItemLimit)
                : null;
        return RecordPdf.render(summary, list, listAttached(list), inline);
    }

    /**
     * Writes the record as JSON in the shape of {@link DisposalRecord}: the summary, then the disposed and the
     * skipped items, each read page by page and written straight to {@code out}.
     */
    public void writeJson(RecordSummary summary, OutputStream out) {
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            JsonNode fields = json.valueToTree(summary);
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                g.writeFieldName(field.getKey());
                g.writeTree(field.getValue());
            }
            g.writeArrayFieldStart("disposed");
            items.forEachPage(summary.runId(), RecordItems.Selection.DISPOSED, page -> page.forEach(i -> item(g, i,
                    true)));
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            items.forEachPage(summary.runId(), RecordItems.Selection.NOT_DISPOSED, page -> page.forEach(i -> item(g,
                    i, false)));
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // fields by hand: ObjectMapper.writeValue would flush the response after every item
    private static void item(JsonGenerator g, ListedItem i, boolean disposed) {
        try {
            g.writeStartObject();
            g.writeStringField("itemId", i.itemId().toString());
            g.writeStringField("channelId", i.channelId().toString());
            g.writeStringField("kind", i.kind().name());
            if (disposed) {
                g.writeStringField("contentSha256", i.contentSha256());
                g.writeStringField("triggerAt", i.triggerAt() == null ? null : i.triggerAt().toString());
                g.writeStringField("governingDecisionId",
                        i.governingDecisionId() == null ? null : i.governingDecisionId().toString());
            } else {
                g.writeStringField("reason", i.result());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Long> counts(String sql, UUID runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows(sql, runId).forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID runId) {
        return em.createNativeQuery(sql).setParameter(1, runId).getResultList();
    }
}
