package se.uppsikt.moderation.review;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An inbound message waiting for, or having had, a moderator's review (BBS-lagen 4 §). */
@Entity
@Table(name = "review_item")
public class ReviewItem {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false, updatable = false)
    public UUID itemId;

    @Column(name = "channel_id", nullable = false, updatable = false)
    public UUID channelId;

    @Column(name = "thread_root_item_id", nullable = false, updatable = false)
    public UUID threadRootItemId;

    @Column(name = "parent_item_id", updatable = false)
    public UUID parentItemId;

    @Column(name = "platform_item_id", nullable = false, updatable = false)
    public String platformItemId;

    @Column(name = "kind", nullable = false, updatable = false)
    public String kind;

    @Column(name = "author_handle", updatable = false)
    public String authorHandle;

    @Column(name = "platform_created_at", nullable = false, updatable = false)
    public Instant platformCreatedAt;

    @Column(name = "text", updatable = false)
    public String text;

    @Column(name = "feed_cursor", nullable = false, updatable = false)
    public long feedCursor;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ReviewStatus status;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "first_reviewed_by")
    public String firstReviewedBy;

    @Column(name = "first_reviewed_at")
    public Instant firstReviewedAt;

    @Column(name = "secret", nullable = false)
    public boolean secret;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Age counts from publication on the platform: the duty to keep watch starts when the public can see it. */
    public Duration age(Instant now) {
        return Duration.between(platformCreatedAt, now);
    }

    /** Records the first review only; later decisions on the same item do not move it. */
    public void reviewed(String by, Instant at) {
        if (firstReviewedAt == null) {
            firstReviewedBy = by;
            firstReviewedAt = at;
            status = ReviewStatus.REVIEWED;
        }
    }

    public void assign(String to, Instant at) {
        assignedTo = to;
        assignedAt = at;
    }
}
