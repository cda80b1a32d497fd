package se.uppsikt.archive.visibility;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.uppsikt.archive.item.Visibility;

/** One change of an item's visibility: from, to, why, who, when. Only ever added. */
@Entity
@Table(name = "visibility_change")
public class VisibilityChange {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_visibility", nullable = false)
    public Visibility fromVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_visibility", nullable = false)
    public Visibility toVisibility;

    @Column(name = "secrecy_provision")
    public String secrecyProvision;

    @Column(nullable = false)
    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;
}
