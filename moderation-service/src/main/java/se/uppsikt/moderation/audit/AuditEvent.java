package se.uppsikt.moderation.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

/** One moderator action as the audit log keeps it; written once (a trigger rejects any update or delete). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public UUID id;

    @Generated
    @Column(name = "log_sequence", insertable = false, updatable = false)
    public Long logSequence;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "detail")
    public String detail;
}
