package se.uppsikt.archive.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.item.CanonicalForm;

/** One link of the hash chain. Append-only: the database refuses updates and deletes. */
@Entity
@Table(name = "chain_entry")
public class ChainEntry {

    @Id
    public long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChainKind kind;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "subject_sha256")
    public String subjectSha256;

    @Column(nullable = false)
    public String detail;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(name = "entry_hash", nullable = false)
    public String entryHash;

    /** The hash this entry must have: over every field and the previous entry's hash, as a JSON array. */
    public String computeHash() {
        List<Object> fields = new ArrayList<>();
        fields.add(seq);
        fields.add(previousHash);
        fields.add(kind.name());
        fields.add(subjectId.toString());
        fields.add(subjectSha256);
        fields.add(detail);
        fields.add(recordedAt.toString());
        fields.add(recordedBy);
        return Sha256.of(CanonicalForm.write(fields));
    }
}
