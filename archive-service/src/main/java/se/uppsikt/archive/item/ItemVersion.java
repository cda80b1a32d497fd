package se.uppsikt.archive.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/** One content of an item as it was captured. Versions are only ever added. */
@Entity
@Table(name = "item_version")
public class ItemVersion {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    public String text;

    @Column(name = "platform_edited_at")
    public Instant platformEditedAt;

    @Column(name = "raw_sha256")
    public String rawSha256;

    @ElementCollection
    @CollectionTable(name = "item_version_media", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<MediaRef> media = new ArrayList<>();

    @Column(name = "content_sha256", nullable = false)
    public String contentSha256;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "capture_tool")
    public String captureTool;

    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;

    @Column(name = "captured_by", nullable = false)
    public String capturedBy;
}
