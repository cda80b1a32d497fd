package se.uppsikt.retention.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Panache repository style throughout this service: entities stay plain, queries live here. */
@ApplicationScoped
public class RetentionDecisionRepository implements PanacheRepositoryBase<RetentionDecision, UUID> {

    /** Decisions in force on the day, oldest reference first so that runs are created in a stable order. */
    public List<RetentionDecision> activeOn(LocalDate day) {
        return list("validFrom <= ?1 and (validTo is null or validTo >= ?1) order by reference", day);
    }

    public Optional<RetentionDecision> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
