package se.uppsikt.registry.capture;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A channel that has gone longer than its capture interval without a successful capture (requirement 10). */
@Entity
@Table(name = "capture_alert")
public class CaptureAlert {

    @Id
    public UUID id;
    @Column(name = "channel_id")
    public UUID channelId;
    @Column(name = "raised_at")
    public Instant raisedAt;
    /** When the capture became due: the last capture (or the activation) plus the interval. */
    @Column(name = "due_since")
    public Instant dueSince;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
