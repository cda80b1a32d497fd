package se.uppsikt.moderation.feed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far into a feed this service has read and stored. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor {

    @Id
    @Column(name = "feed")
    public String feed;

    @Column(name = "position", nullable = false)
    public long position;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
