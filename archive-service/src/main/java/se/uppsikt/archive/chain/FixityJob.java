package se.uppsikt.archive.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.chain.api.FixityRunView;

/**
 * Re-hashes every blob and records each result (arkivlagen 6 §: show that what is kept has not changed). Monthly by
 * default ({@code archive.fixity.cron}); the same code runs from the API. One page of results per transaction, so a
 * large archive neither holds a long transaction nor loses the results of a run that fails half-way.
 */
@ApplicationScoped
public class FixityJob {

    private static final int PAGE = 200;

    private final EntityManager em;
    private final BlobService blobs;
    private final Clock clock;

    public FixityJob(EntityManager em, BlobService blobs, Clock clock) {
        this.em = em;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Scheduled(cron = "{archive.fixity.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            FixityRunView run = run();
            if (run.mismatched() + run.missing() > 0) {
                Log.errorf("Fixity run %s: %d blobs changed, %d missing of %d", run.runId(), run.mismatched(),
                        run.missing(), run.checked());
            }
        } catch (RuntimeException e) {
            Log.error("Fixity run failed", e);
        }
    }

    public FixityRunView run() {
        UUID runId = UUID.randomUUID();
        Instant started = clock.instant();
        long checked = 0;
        long mismatched = 0;
        long missing = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> page = QuarkusTransaction.requiringNew().call(() -> page(from));
            if (page.isEmpty()) {
                break;
            }
            long[] counts = QuarkusTransaction.requiringNew().call(() -> checkPage(runId, page));
            checked += page.size();
            mismatched += counts[0];
            missing += counts[1];
            after = page.get(page.size() - 1);
        }
        return new FixityRunView(runId, started, clock.instant(), checked, mismatched, missing);
    }

    @SuppressWarnings("unchecked")
    private List<String> page(String after) {
        return em.createNativeQuery("select sha256 from blob where sha256 > ?1 order by sha256 limit " + PAGE)
                .setParameter(1, after).getResultList();
    }

    private long[] checkPage(UUID runId, List<String> page) {
        long[] counts = new long[2];
        for (String sha : page) {
            Optional<String> actual = blobs.rehash(sha);
            String outcome = actual.isEmpty() ? "MISSING" : actual.get().equals(sha) ? "OK" : "MISMATCH";
            if (outcome.equals("MISMATCH")) {
                counts[0]++;
            } else if (outcome.equals("MISSING")) {
                counts[1]++;
            }
            em.createNativeQuery("insert into fixity_check (id, run_id, sha256, outcome, actual_sha256, checked_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, runId).setParameter(3, sha)
                    .setParameter(4, outcome).setParameter(5, actual.orElse(null)).setParameter(6, clock.instant())
                    .executeUpdate();
        }
        return counts;
    }
}
