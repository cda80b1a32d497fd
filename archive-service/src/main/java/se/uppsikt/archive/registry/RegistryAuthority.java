package se.uppsikt.archive.registry;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of the registry's AuthorityView the archive shows: the authority's name (myndighetens namn). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryAuthority(UUID id, String name, String organisationNumber) {
}
