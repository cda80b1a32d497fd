package se.uppsikt.archive.item;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One post, comment, reply, direct message, media object or page snapshot. What stays the same across edits lives
 * here; the content lives in {@link ItemVersion}. Rows are inserted by the ingest with SQL (idempotent upsert), and
 * never serialised: the API speaks {@code ItemView}.
 */
@Entity
@Table(name = "item")
public class Item {

    @Id
    public UUID id;

    @Column(name = "channel_id", nullable = false)
    public UUID channelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Column(name = "platform_item_id", nullable = false)
    public String platformItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(name = "parent_platform_item_id")
    public String parentPlatformItemId;

    @Column(name = "parent_item_id")
    public UUID parentItemId;

    @Column(name = "thread_root_item_id", nullable = false)
    public UUID threadRootItemId;

    @Column(name = "author_handle")
    public String authorHandle;

    @Column(name = "author_display_name")
    public String authorDisplayName;

    @Column(name = "author_platform_user_id")
    public String authorPlatformUserId;

    @Column(name = "platform_created_at", nullable = false)
    public Instant platformCreatedAt;

    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(name = "secrecy_provision")
    public String secrecyProvision;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;
}
