package se.uppsikt.moderation.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The record that an item waited longer than its channel's review threshold (req. 15). */
@Entity
@Table(name = "review_alert")
public class ReviewAlert {

    @Id
    public UUID id;

    @Column(name = "review_item_id", nullable = false, updatable = false)
    public UUID reviewItemId;

    @Column(name = "channel_id", nullable = false, updatable = false)
    public UUID channelId;

    @Column(name = "threshold_seconds", nullable = false, updatable = false)
    public long thresholdSeconds;

    @Column(name = "age_seconds", nullable = false, updatable = false)
    public long ageSeconds;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;
}
