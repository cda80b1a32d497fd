package se.uppsikt.registry.authority.api;

import java.time.Instant;
import java.util.UUID;

import se.uppsikt.registry.authority.Authority;
import se.uppsikt.registry.authority.AuthorityKind;

/** An authority as the API shows it. */
public record AuthorityView(UUID id, String name, String organisationNumber, AuthorityKind kind, String registryEmail,
        String archiveAuthority, Instant createdAt, String createdBy, Instant updatedAt) {

    public static AuthorityView of(Authority a) {
        return new AuthorityView(a.id, a.name, a.organisationNumber, a.kind, a.registryEmail, a.archiveAuthority,
                a.createdAt, a.createdBy, a.updatedAt);
    }
}
