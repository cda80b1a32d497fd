package se.uppsikt.registry.authority;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A records creator (arkivbildare) that owns channels. Never serialised: the API speaks {@code AuthorityView}. */
@Entity
@Table(name = "authority")
public class Authority {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_number", nullable = false)
    public String organisationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuthorityKind kind;

    @Column(name = "registry_email", nullable = false)
    public String registryEmail;

    @Column(name = "archive_authority", nullable = false)
    public String archiveAuthority;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
