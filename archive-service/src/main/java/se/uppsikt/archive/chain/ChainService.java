package se.uppsikt.archive.chain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Appends to the hash chain under the ledger lock (the single {@code chain_head} row, see migration V3). Every writing
 * transaction of this service calls {@link #lock()} before it touches items, so the chain, the feed cursors and the
 * hold re-check of disposals all see one total order of writers.
 */
@ApplicationScoped
public class ChainService {

    private final EntityManager em;
    private final Clock clock;

    public ChainService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Takes the ledger lock for the rest of the current transaction; taking it again is free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock() {
        em.createNativeQuery("select id from chain_head where id = 1 for update").getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ChainEntry append(ChainKind kind, UUID subjectId, String subjectSha256, String detail, String actor) {
        Object[] head = (Object[]) em.createNativeQuery(
                "select last_seq, last_hash from chain_head where id = 1 for update").getSingleResult();
        ChainEntry entry = new ChainEntry();
        entry.seq = ((Number) head[0]).longValue() + 1;
        entry.previousHash = (String) head[1];
        entry.kind = kind;
        entry.subjectId = subjectId;
        entry.subjectSha256 = subjectSha256;
        entry.detail = detail.length() > 4000 ? detail.substring(0, 4000) : detail;
        // PostgreSQL keeps microseconds: hash what will be read back
        entry.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.recordedBy = actor;
        entry.entryHash = entry.computeHash();
        em.persist(entry);
        em.createNativeQuery("update chain_head set last_seq = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, entry.seq).setParameter(2, entry.entryHash).executeUpdate();
        return entry;
    }

    /** The next {@code count} feed cursors; only under the ledger lock, so they commit in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserveFeedCursors(int count) {
        em.createNativeQuery("update chain_head set last_feed_cursor = last_feed_cursor + ?1 where id = 1")
                .setParameter(1, count).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_feed_cursor from chain_head where id = 1")
                .getSingleResult();
        return last.longValue() - count + 1;
    }
}
