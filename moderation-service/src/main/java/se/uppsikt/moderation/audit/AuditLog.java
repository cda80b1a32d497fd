package se.uppsikt.moderation.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.moderation.audit.api.AuditEventView;

/**
 * Writes and reads the append-only audit log (req. 29). {@link #record} joins the caller's transaction, so an action
 * and its audit entry are committed together: there is no action without its entry.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEvent, UUID> {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, String action, String targetType, UUID targetId, String detail) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = clock.instant();
        event.actor = actor;
        event.action = action;
        event.targetType = targetType;
        event.targetId = targetId;
        event.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        persist(event);
    }

    public PageView<AuditEventView> read(Optional<UUID> targetId, Optional<String> actor, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        targetId.ifPresent(id -> {
            query.append(" and targetId = :target");
            params.put("target", id);
        });
        actor.ifPresent(a -> {
            query.append(" and actor = :actor");
            params.put("actor", a);
        });
        List<AuditEventView> items = find(query.toString(), Sort.by("logSequence"), params).page(Page.of(page, size))
                .list().stream().map(AuditEventView::of).toList();
        return new PageView<>(items, page, size, count(query.toString(), params));
    }
}
