package se.uppsikt.registry.authority;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Panache repository style throughout this service: entities stay plain, queries live here. */
@ApplicationScoped
public class AuthorityRepository implements PanacheRepositoryBase<Authority, UUID> {

    public Optional<Authority> findByNameAndOrganisationNumber(String name, String organisationNumber) {
        return find("name = ?1 and organisationNumber = ?2", name, organisationNumber).firstResultOptional();
    }
}
