package se.uppsikt.moderation.audit.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.moderation.audit.AuditEvent;

/** An audit log entry as an auditor reads it. */
public record AuditEventView(UUID id, long sequence, Instant occurredAt, String actor, String action,
        String targetType, UUID targetId, String detail) {

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.logSequence, e.occurredAt, e.actor, e.action, e.targetType, e.targetId,
                e.detail);
    }
}
