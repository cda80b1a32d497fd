package se.uppsikt.moderation.reason;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Panache repository style throughout this service: entities stay plain, queries live here. */
@ApplicationScoped
public class ReasonCatalogueRepository implements PanacheRepositoryBase<ReasonCatalogue, Integer> {

    public Optional<ReasonCatalogue> findInForceOn(LocalDate date) {
        return find("validFrom <= ?1 and (validTo is null or validTo >= ?1)", date).firstResultOptional();
    }

    public Optional<ReasonCatalogue> findLatest() {
        return find("order by validFrom desc").firstResultOptional();
    }

    /**
     * Serialises publishers until the transaction ends, so two publications cannot both take the same next version
     * number or both close the same predecessor. Readers are not blocked; publishing is rare.
     */
    public void lockForPublishing() {
        getEntityManager().createNativeQuery("lock table reason_catalogue in exclusive mode").executeUpdate();
    }
}
