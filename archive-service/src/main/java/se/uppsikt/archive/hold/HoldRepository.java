package se.uppsikt.archive.hold;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Panache repository style throughout this service: entities stay plain, queries live here. */
@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<Hold, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("placedAt").and("id");

    /** All holds, or only the active (unreleased) or only the released ones, newest first. */
    public PanacheQuery<Hold> findFiltered(Optional<Boolean> active) {
        return active.map(a -> find(a ? "releasedAt is null" : "releasedAt is not null", NEWEST_FIRST))
                .orElseGet(() -> findAll(NEWEST_FIRST));
    }

    /**
     * The hold, locked for the rest of the transaction: two simultaneous releases must not both see an active hold,
     * the second has to wait and then find it released.
     */
    public Optional<Hold> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
