package se.uppsikt.moderation.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Registration requests, which are also the outbox the dispatcher drains. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    public Optional<Registration> findBySourceReference(String sourceReference) {
        return find("sourceReference", sourceReference).firstResultOptional();
    }

    /**
     * Serialises requests with the same source reference for the rest of the transaction, so two concurrent
     * identical requests cannot both pass the "not seen yet" check (the unique constraint would reject the second).
     */
    public void lockSourceReference(String sourceReference) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:ref))")
                .setParameter("ref", "registration:" + sourceReference).getSingleResult();
    }

    /** Ids due for delivery at {@code now}, oldest due first. */
    public List<UUID> dueIds(Instant now, int limit) {
        return getEntityManager().createQuery("select r.id from Registration r where r.status = :status"
                + " and r.nextAttemptAt <= :now order by r.nextAttemptAt, r.id", UUID.class)
                .setParameter("status", RegistrationStatus.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    /**
     * The pending row locked for delivery, or empty when it is no longer pending or another dispatcher (another
     * replica) holds it: that one delivers it, this one skips it instead of waiting and delivering it twice.
     */
    public Optional<Registration> lockForDelivery(UUID id) {
        List<?> locked = getEntityManager()
                .createNativeQuery("select id from registration where id = :id and status = 'PENDING'"
                        + " for update skip locked")
                .setParameter("id", id).getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    public List<Registration> listByStatus(RegistrationStatus status, int page, int size) {
        return find("status", Sort.by("createdAt").and("id"), status).page(Page.of(page, size)).list();
    }

    public long countByStatus(RegistrationStatus status) {
        return count("status", status);
    }
}
