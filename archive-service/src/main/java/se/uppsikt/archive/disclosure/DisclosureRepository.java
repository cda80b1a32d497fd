package se.uppsikt.archive.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DisclosureRepository implements PanacheRepositoryBase<DisclosureRequest, UUID> {

    public PanacheQuery<DisclosureRequest> newestFirst() {
        return findAll(Sort.descending("receivedAt").and("id"));
    }

    public Optional<DisclosureRequest> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Decided requests whose holds are still on and whose appeal time may have run out by {@code now}. */
    public List<UUID> awaitingRelease(Instant now) {
        return find(
                "holdsReleasedAt is null and (status = ?1 or (status = ?2 and (outcome = ?3 or appealDeadline <= ?4)))",
                DisclosureStatus.APPEAL_DECIDED, DisclosureStatus.DECIDED, DisclosureOutcome.RELEASED, now)
                .list().stream().map(r -> r.id).toList();
    }
}
