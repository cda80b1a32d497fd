package se.uppsikt.archive.sip;

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
public class SipExportRepository implements PanacheRepositoryBase<SipExport, UUID> {

    public PanacheQuery<SipExport> newestFirst() {
        return findAll(Sort.descending("createdAt").and("id"));
    }

    public Optional<SipExport> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Valid packages built before {@code cutoff}, still not transferred and not yet alerted about. */
    public List<SipExport> overdue(Instant cutoff) {
        return find("status = ?1 and overdueAlertedAt is null and createdAt < ?2", SipStatus.VALID, cutoff).list();
    }
}
