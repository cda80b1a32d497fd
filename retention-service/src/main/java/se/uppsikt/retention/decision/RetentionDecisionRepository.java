package se.uppsikt.retention.decision;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Panache repository style throughout this service: entities stay plain, queries live here. */
@ApplicationScoped
public class RetentionDecisionRepository implements PanacheRepositoryBase<RetentionDecision, UUID> {

    public Optional<RetentionDecision> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
