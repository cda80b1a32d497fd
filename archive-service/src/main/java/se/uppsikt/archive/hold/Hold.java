package se.uppsikt.archive.hold;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import se.uppsikt.commons.api.PageView;

/**
 * A legal hold that keeps the items it covers from disposal. Never serialised: the API speaks {@code HoldView}. Its
 * scope is written once, when the hold is placed; the database refuses later changes to it.
 */
@Entity
@Table(name = "hold")
public class Hold {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoldReason reason;

    @Column(nullable = false)
    public String reference;

    public String description;

    // Loaded for a whole page at once, not one query per hold.
    @ElementCollection
    @CollectionTable(name = "hold_channel", joinColumns = @JoinColumn(name = "hold_id"))
    @Column(name = "channel_id", nullable = false)
    @BatchSize(size = PageView.MAX_SIZE)
    public Set<UUID> channelIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "hold_item", joinColumns = @JoinColumn(name = "hold_id"))
    @Column(name = "item_id", nullable = false)
    @BatchSize(size = PageView.MAX_SIZE)
    public Set<UUID> itemIds = new HashSet<>();

    @Column(name = "period_from")
    public Instant periodFrom;

    @Column(name = "period_to")
    public Instant periodTo;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "release_reason")
    public String releaseReason;

    @Version
    public long version;

    public boolean isActive() {
        return releasedAt == null;
    }
}
