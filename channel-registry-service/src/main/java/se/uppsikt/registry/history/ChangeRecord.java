package se.uppsikt.registry.history;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One field of one change to an authority or channel. Append-only: the database refuses updates and deletes. */
@Entity
@Table(name = "change_record")
public class ChangeRecord {

    public enum EntityType {
        AUTHORITY, CHANNEL
    }

    public enum Action {
        CREATED, UPDATED, STATUS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type")
    public EntityType entityType;
    @Column(name = "entity_id")
    public UUID entityId;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "request_id")
    public String requestId;
    @Enumerated(EnumType.STRING)
    public Action action;
    public String field;
    @Column(name = "old_value")
    public String oldValue;
    @Column(name = "new_value")
    public String newValue;
}
