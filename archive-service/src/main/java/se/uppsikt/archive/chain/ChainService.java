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
        Appender appender = appender();
        ChainEntry entry = appender.append(kind, subjectId, subjectSha256, detail, actor);
        appender.finish();
        return entry;
    }

    /**
     * For a batch: reads the head once, appends any number of entries, and writes the head once at
     * {@link Appender#finish()}. Three statements per entry became the main cost of ingesting and disposing of large
     * batches (issue 12). No other append may happen in the same transaction until the appender is finished.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Appender appender() {
        Object[] head = (Object[]) em.createNativeQuery(
                "select last_seq, last_hash from chain_head where id = 1 for update").getSingleResult();
        return new Appender(((Number) head[0]).longValue(), (String) head[1]);
    }

    /** Entries appended in memory after the head read by {@link ChainService#appender()}. */
    public final class Appender {

        private long lastSeq;
        private String lastHash;
        private boolean dirty;

        private Appender(long lastSeq, String lastHash) {
            this.lastSeq = lastSeq;
            this.lastHash = lastHash;
        }

        public ChainEntry append(ChainKind kind, UUID subjectId, String subjectSha256, String detail, String actor) {
            ChainEntry entry = new ChainEntry();
            entry.seq = lastSeq + 1;
            entry.previousHash = lastHash;
            entry.kind = kind;
            entry.subjectId = subjectId;
            entry.subjectSha256 = subjectSha256;
            entry.detail = detail.length() > 4000 ? detail.substring(0, 4000) : detail;
            // PostgreSQL keeps microseconds: hash what will be read back
            entry.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            entry.recordedBy = actor;
            entry.entryHash = entry.computeHash();
            em.persist(entry);
            lastSeq = entry.seq;
            lastHash = entry.entryHash;
            dirty = true;
            return entry;
        }

        /** Writes the new head; the chain verifier would report entries beyond it as a break. */
        public void finish() {
            if (dirty) {
                em.createNativeQuery("update chain_head set last_seq = ?1, last_hash = ?2 where id = 1")
                        .setParameter(1, lastSeq).setParameter(2, lastHash).executeUpdate();
                dirty = false;
            }
        }
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
