package se.uppsikt.registry.history;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import se.uppsikt.commons.http.RequestIdFilter;
import se.uppsikt.registry.history.api.ChangeView;

/**
 * Keeps the register's own history (requirement 6): every field that changes, with who (from the token), when and
 * the request id. The views the API returns are the snapshots compared, so the history names fields the way the
 * API does ({@code responsible.email}, {@code information.visibility}).
 */
@ApplicationScoped
public class History implements PanacheRepositoryBase<ChangeRecord, Long> {

    /** Bookkeeping fields of the views that are not part of the record's content. */
    private static final java.util.Set<String> NOT_CONTENT = java.util.Set.of("id", "createdAt", "createdBy",
            "updatedAt", "informationStatus", "lastCaptureAt");

    private final ObjectMapper json;
    private final Clock clock;

    public History(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Records every non-empty field of a new record as CREATED. Must run in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(ChangeRecord.EntityType type, UUID id, String actor, Object snapshot) {
        Instant now = clock.instant();
        flatten(snapshot).forEach((field, value) -> {
            if (value != null) {
                persist(record(type, id, actor, now, ChangeRecord.Action.CREATED, field, null, value));
            }
        });
    }

    /** Records each field that differs between two snapshots as UPDATED; returns how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int changed(ChangeRecord.EntityType type, UUID id, String actor, Object before, Object after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Instant at = clock.instant();
        int count = 0;
        for (String field : new TreeSet<>(union(old, now))) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                persist(record(type, id, actor, at, ChangeRecord.Action.UPDATED, field, old.get(field),
                        now.get(field)));
                count++;
            }
        }
        return count;
    }

    /** Records a lifecycle transition, with the note given for it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(UUID channelId, String actor, String from, String to, String note) {
        ChangeRecord r = record(ChangeRecord.EntityType.CHANNEL, channelId, actor, clock.instant(),
                ChangeRecord.Action.STATUS, "status", from, to);
        persist(r);
        if (note != null && !note.isBlank()) {
            persist(record(ChangeRecord.EntityType.CHANNEL, channelId, actor, r.changedAt, ChangeRecord.Action.STATUS,
                    "statusNote", null, note));
        }
    }

    public List<ChangeView> of(ChangeRecord.EntityType type, UUID id) {
        return find("entityType = ?1 and entityId = ?2", Sort.by("id"), type, id).stream().map(ChangeView::of)
                .toList();
    }

    private static ChangeRecord record(ChangeRecord.EntityType type, UUID id, String actor, Instant at,
            ChangeRecord.Action action, String field, String oldValue, String newValue) {
        ChangeRecord r = new ChangeRecord();
        r.entityType = type;
        r.entityId = id;
        r.changedAt = at;
        r.changedBy = actor;
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        r.requestId = requestId == null ? null : requestId.toString();
        r.action = action;
        r.field = field;
        r.oldValue = oldValue;
        r.newValue = newValue;
        return r;
    }

    private Map<String, String> flatten(Object snapshot) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", json.valueToTree(snapshot), out);
        out.keySet().removeAll(NOT_CONTENT);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else if (node.isNull() || node.isMissingNode()) {
            out.put(prefix, null);
        } else {
            out.put(prefix, node.isTextual() ? node.asText() : node.toString());
        }
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
