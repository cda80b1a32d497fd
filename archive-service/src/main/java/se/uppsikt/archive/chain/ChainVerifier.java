package se.uppsikt.archive.chain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.chain.api.Finding;
import se.uppsikt.archive.chain.api.VerificationReport;

/**
 * Recomputes the hash chain from its first entry, what each entry seals ({@link SealCheck}), and every blob. Reads in
 * pages and clears the persistence context between them, so the whole archive is never in memory.
 */
@ApplicationScoped
public class ChainVerifier {

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 500;

    private final EntityManager em;
    private final SealCheck seals;
    private final BlobService blobs;
    private final Clock clock;

    public ChainVerifier(EntityManager em, SealCheck seals, BlobService blobs, Clock clock) {
        this.em = em;
        this.seals = seals;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Transactional
    public VerificationReport verify() {
        List<Finding> findings = new ArrayList<>();
        long lastSeq = 0;
        String expectedPrevious = GENESIS;
        long entries = 0;
        for (List<ChainEntry> page = entriesAfter(0); !page.isEmpty(); page = entriesAfter(lastSeq)) {
            for (ChainEntry e : page) {
                entries++;
                if (e.seq != lastSeq + 1) {
                    add(findings, link(e, "entries " + (lastSeq + 1) + " to " + (e.seq - 1) + " are missing"));
                }
                if (!e.previousHash.equals(expectedPrevious)) {
                    add(findings, link(e, "its previous hash does not match the hash of entry " + lastSeq));
                }
                if (!e.computeHash().equals(e.entryHash)) {
                    add(findings, link(e, "the entry was altered: its fields no longer give its hash"));
                }
                seals.check(e).ifPresent(detail -> add(findings,
                        new Finding(Finding.Kind.SUBJECT, e.seq, e.kind, e.subjectId, e.subjectSha256, detail)));
                lastSeq = e.seq;
                expectedPrevious = e.entryHash;
            }
            em.clear();
        }
        checkHead(lastSeq, expectedPrevious).ifPresent(f -> add(findings, f));
        Finding first = findings.stream().filter(f -> f.seq() != null).findFirst().orElse(null);
        long blobCount = checkBlobs(findings);
        return new VerificationReport(findings.isEmpty(), entries, blobCount, first, List.copyOf(findings),
                clock.instant());
    }

    private List<ChainEntry> entriesAfter(long seq) {
        return em.createQuery("from ChainEntry where seq > ?1 order by seq", ChainEntry.class)
                .setParameter(1, seq).setMaxResults(PAGE).getResultList();
    }

    private Optional<Finding> checkHead(long lastSeq, String lastHash) {
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from chain_head where id = 1")
                .getSingleResult();
        long headSeq = ((Number) head[0]).longValue();
        if (headSeq != lastSeq || !lastHash.equals(head[1])) {
            return Optional.of(new Finding(Finding.Kind.HEAD, headSeq, null, null, (String) head[1],
                    "the chain head names entry " + headSeq + " but the chain ends at entry " + lastSeq));
        }
        return Optional.empty();
    }

    private long checkBlobs(List<Finding> findings) {
        long count = 0;
        String after = "";
        for (List<String> page = blobsAfter(after); !page.isEmpty(); page = blobsAfter(after)) {
            for (String sha : page) {
                count++;
                Optional<String> actual = blobs.rehash(sha);
                if (actual.isEmpty()) {
                    add(findings, new Finding(Finding.Kind.BLOB_MISSING, null, null, null, sha,
                            "blob " + sha + " is not in the blob store"));
                } else if (!actual.get().equals(sha)) {
                    add(findings, new Finding(Finding.Kind.BLOB_MISMATCH, null, null, null, sha,
                            "blob " + sha + " now hashes to " + actual.get()));
                }
                after = sha;
            }
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private List<String> blobsAfter(String sha) {
        return em.createNativeQuery("select sha256 from blob where sha256 > ?1 order by sha256 limit " + PAGE)
                .setParameter(1, sha).getResultList();
    }

    private static Finding link(ChainEntry e, String detail) {
        return new Finding(Finding.Kind.CHAIN_LINK, e.seq, e.kind, e.subjectId, e.entryHash,
                "entry " + e.seq + ": " + detail);
    }

    private static void add(List<Finding> findings, Finding finding) {
        if (findings.size() < VerificationReport.MAX_FINDINGS) {
            findings.add(finding);
        }
    }

    static UUID itemIdOf(ChainEntry e) {
        // the detail of item-related entries starts with "item <uuid>"
        String[] words = e.detail.split(" ");
        return words.length > 1 && words[0].equals("item") ? UUID.fromString(words[1]) : null;
    }
}
