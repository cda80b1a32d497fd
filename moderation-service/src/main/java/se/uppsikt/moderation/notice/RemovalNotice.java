package se.uppsikt.moderation.notice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record of whether the author was told of a removal (req. 27). Append-only: database triggers reject changes. */
@Entity
@Table(name = "removal_notice")
public class RemovalNotice {

    @Id
    public UUID id;

    @Column(name = "decision_id", nullable = false, updatable = false)
    public UUID decisionId;

    @Column(name = "sent", nullable = false, updatable = false)
    public boolean sent;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_used", updatable = false)
    public NoticeChannel channelUsed;

    @Column(name = "sent_at", updatable = false)
    public Instant sentAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
