package se.uppsikt.moderation.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    /** Working time since publication when the alert was raised; null for alerts from before V7. */
    @Column(name = "working_age_seconds", updatable = false)
    public Long workingAgeSeconds;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_source", nullable = false, updatable = false)
    public ThresholdSource thresholdSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "webhook_status", nullable = false)
    public WebhookStatus webhookStatus;

    @Column(name = "webhook_attempts", nullable = false)
    public int webhookAttempts;

    @Column(name = "webhook_delivered_at")
    public Instant webhookDeliveredAt;

    @Column(name = "webhook_last_error")
    public String webhookLastError;
}
