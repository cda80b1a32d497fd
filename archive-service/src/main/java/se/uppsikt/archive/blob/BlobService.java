package se.uppsikt.archive.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.logging.Log;

import se.uppsikt.archive.item.BatchInsert;

/**
 * Keeps the blob table and the blob store in step. Bytes are written before the database transaction that refers to
 * them (a rolled-back transaction leaves an unreferenced file, which is harmless: it has the right name and content),
 * and deleted only after the transaction that stopped referring to them committed (a rollback must never lose a blob).
 */
@ApplicationScoped
public class BlobService {

    private final BlobStore store;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public BlobService(BlobStore store, EntityManager em, TransactionSynchronizationRegistry transactions,
            Clock clock) {
        this.store = store;
        this.em = em;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Writes the bytes to the store; call outside (before) the transaction that records them. */
    public String write(byte[] content) {
        return store.put(content);
    }

    /** Records a written blob in the current transaction; recording it twice is fine. */
    public void record(String sha256, long size, String mediaType) {
        recordAll(List.of(new Recorded(sha256, size, mediaType)));
    }

    /** A written blob to record: its hash, size and media type. */
    public record Recorded(String sha256, long size, String mediaType) {
    }

    /** Records many written blobs in the current transaction, as one JDBC batch; recording one twice is fine. */
    public void recordAll(List<Recorded> written) {
        Timestamp now = Timestamp.from(clock.instant());
        BatchInsert.run(em, "insert into blob (sha256, size_bytes, media_type, stored_at) values (?, ?, ?, ?)"
                + " on conflict (sha256) do nothing", written, (insert, blob) -> {
                    insert.setString(1, blob.sha256());
                    insert.setLong(2, blob.size());
                    insert.setString(3, blob.mediaType());
                    insert.setTimestamp(4, now);
                });
    }

    /**
     * Deletes, of the given blobs, those that no version refers to any longer: the rows now, the files once the
     * current transaction has committed. Returns the hashes removed.
     */
    public List<String> deleteUnreferenced(Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Runs under the ledger lock (ChainService.lock), so no ingest can start referring to one of them meanwhile.
        @SuppressWarnings("unchecked")
        List<String> removed = em.createNativeQuery("select b.sha256 from blob b where b.sha256 in (:candidates)"
                + " and not exists (select 1 from item_version v where v.raw_sha256 = b.sha256)"
                + " and not exists (select 1 from item_version_media m where m.sha256 = b.sha256)"
                + " and not exists (select 1 from rendition r where r.sha256 = b.sha256)")
                .setParameter("candidates", candidates).getResultList();
        if (removed.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("delete from blob where sha256 in (:removed)").setParameter("removed", removed)
                .executeUpdate();
        List<String> files = List.copyOf(removed);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: the files go only once the deletion of their rows is durable
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    files.forEach(sha -> {
                        try {
                            store.delete(sha);
                        } catch (UncheckedIOException e) {
                            // the row is gone; a leftover file is found and reported by the fixity job
                            Log.errorf(e, "Blob %s could not be deleted after disposal", sha);
                        }
                    });
                }
            }
        });
        return files;
    }

    /** The SHA-256 of the bytes actually stored, or empty when the blob is missing. */
    public Optional<String> rehash(String sha256) {
        Optional<InputStream> in = store.open(sha256);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            return Optional.of(Sha256.of(stream));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read blob " + sha256, e);
        }
    }
}
