package se.uppsikt.archive.disposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.chain.ChainKind;
import se.uppsikt.archive.chain.ChainService;
import se.uppsikt.archive.disposal.api.DisposalOutcome;
import se.uppsikt.archive.disposal.api.DisposeRequest;
import se.uppsikt.archive.disposal.api.DisposeResponse;
import se.uppsikt.archive.item.BatchInsert;

/**
 * Disposal (gallring) of a batch in one transaction. Under the ledger lock, so that a hold placed at the same moment
 * is either committed before the re-check (and seen) or placed after the disposal (of an item already gone). Deletes
 * the versions and the blobs no other version uses, leaves a tombstone without content, appends a chain entry, and
 * remembers the outcome per (run, item): a retried call gets the same answers.
 */
@ApplicationScoped
public class DisposalService {

    private final BlobService blobs;
    private final ChainService chain;
    private final EntityManager em;
    private final Clock clock;

    public DisposalService(BlobService blobs, ChainService chain, EntityManager em, Clock clock) {
        this.blobs = blobs;
        this.chain = chain;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public DisposeResponse dispose(DisposeRequest request, String actor) {
        chain.lock();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> requested = new ArrayList<>(new LinkedHashSet<>(request.itemIds()));
        Map<UUID, DisposeResponse.Result> earlier = previous(request.runId(), requested);
        List<UUID> fresh = requested.stream().filter(id -> !earlier.containsKey(id)).toList();
        Map<UUID, DisposeResponse.Result> decided = disposeAll(fresh, request, actor, now);
        remember(request.runId(), fresh.stream().map(decided::get).toList(), now);
        return new DisposeResponse(requested.stream()
                .map(id -> earlier.containsKey(id) ? earlier.get(id) : decided.get(id)).toList());
    }

    /**
     * The whole batch in a fixed number of statements: item by item it took about twenty round trips each, which
     * made a large run take hours (issue 12). The order of the chain entries is the order of the request.
     */
    private Map<UUID, DisposeResponse.Result> disposeAll(List<UUID> ids, DisposeRequest request, String actor,
            Instant now) {
        Map<UUID, DisposeResponse.Result> results = new HashMap<>();
        if (ids.isEmpty()) {
            return results;
        }
        Map<UUID, Found> found = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.id, i.channel_id, i.platform, i.platform_item_id,"
                + " i.kind, i.direction, " + HoldCheck.HELD + " from item i where i.id in (:ids)")
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> found.put((UUID) r[0], new Found((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (Boolean) r[6])));
        List<UUID> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        Map<UUID, String> tombstones = tombstoneHashes(missing);
        for (UUID id : missing) {
            results.put(id, tombstones.containsKey(id)
                    ? new DisposeResponse.Result(id, DisposalOutcome.ALREADY_DISPOSED, tombstones.get(id))
                    : new DisposeResponse.Result(id, DisposalOutcome.NOT_FOUND, null));
        }
        if (found.isEmpty()) {
            return results;
        }
        // versions in order, so the last one per item is the current content
        Map<UUID, List<String>> versionShas = new HashMap<>();
        Set<String> blobShas = new LinkedHashSet<>();
        Map<UUID, Set<String>> blobsByItem = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> versionRows = em.createNativeQuery("select item_id, content_sha256, raw_sha256"
                + " from item_version where item_id in (:ids) order by item_id, version_no")
                .setParameter("ids", found.keySet()).getResultList();
        for (Object[] v : versionRows) {
            versionShas.computeIfAbsent((UUID) v[0], k -> new ArrayList<>()).add((String) v[1]);
            if (v[2] != null) {
                blobsByItem.computeIfAbsent((UUID) v[0], k -> new LinkedHashSet<>()).add((String) v[2]);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> mediaRows = em.createNativeQuery("select v.item_id, m.sha256 from item_version_media m"
                + " join item_version v on v.id = m.version_id where v.item_id in (:ids) and m.sha256 is not null")
                .setParameter("ids", found.keySet()).getResultList();
        mediaRows.forEach(m -> blobsByItem.computeIfAbsent((UUID) m[0], k -> new LinkedHashSet<>())
                .add((String) m[1]));

        List<Found> disposing = new ArrayList<>();
        for (UUID id : ids) {
            Found item = found.get(id);
            if (item == null) {
                continue;
            }
            List<String> shas = versionShas.getOrDefault(id, List.of());
            String contentSha = shas.isEmpty() ? null : shas.get(shas.size() - 1);
            if (item.held()) {
                results.put(id, new DisposeResponse.Result(id, DisposalOutcome.SKIPPED_HELD, contentSha));
                continue;
            }
            disposing.add(item);
            blobShas.addAll(blobsByItem.getOrDefault(id, Set.of()));
            results.put(id, new DisposeResponse.Result(id, DisposalOutcome.DISPOSED, contentSha));
        }
        if (disposing.isEmpty()) {
            return results;
        }
        List<UUID> disposingIds = disposing.stream().map(Found::id).toList();
        blobShas.addAll(deleteRenditions(disposingIds));
        deleteContent(disposingIds);
        blobs.deleteUnreferenced(blobShas);
        String reference = request.decisionReference().strip();
        writeTombstones(disposing, versionShas, results, reference, request.runId(), actor, now);
        ChainService.Appender appender = chain.appender();
        for (UUID id : disposingIds) {
            appender.append(ChainKind.ITEM_DISPOSED, id, results.get(id).contentSha256(),
                    "item " + id + " disposed in run " + request.runId() + " under " + reference, actor);
        }
        appender.finish();
        Log.debugf("%d items disposed in run %s", disposing.size(), request.runId());
        return results;
    }

    private void writeTombstones(List<Found> disposing, Map<UUID, List<String>> versionShas,
            Map<UUID, DisposeResponse.Result> results, String reference, UUID runId, String actor, Instant now) {
        Timestamp disposedAt = Timestamp.from(now);
        BatchInsert.run(em, "insert into tombstone (id, item_id, channel_id, platform, platform_item_id, kind,"
                + " direction, content_sha256, version_sha256s, decision_reference, run_id, disposed_at, disposed_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", disposing, (insert, item) -> {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, item.id());
                    insert.setObject(3, item.channelId());
                    insert.setString(4, item.platform());
                    insert.setString(5, item.platformItemId());
                    insert.setString(6, item.kind());
                    insert.setString(7, item.direction());
                    insert.setString(8, results.get(item.id()).contentSha256());
                    insert.setString(9, String.join(",", versionShas.getOrDefault(item.id(), List.of())));
                    insert.setString(10, reference);
                    insert.setObject(11, runId);
                    insert.setTimestamp(12, disposedAt);
                    insert.setString(13, actor);
                });
    }

    /** An item of the request as the archive has it, and whether a hold applies to it now. */
    private record Found(UUID id, UUID channelId, String platform, String platformItemId, String kind,
            String direction, boolean held) {
    }

    /** Content only: the chain entries and the hold records stay, and so does the audit of secret reads. */
    private void deleteContent(List<UUID> itemIds) {
        em.flush();
        for (String sql : List.of("delete from inbound_feed where item_id in (:ids)",
                "delete from visibility_change where item_id in (:ids)",
                "delete from item_version_media where version_id in"
                        + " (select id from item_version where item_id in (:ids))",
                "delete from item_version where item_id in (:ids)",
                "delete from item where id in (:ids)")) {
            em.createNativeQuery(sql).setParameter("ids", itemIds).executeUpdate();
        }
    }

    /** Every rendition that shows an item goes with it: a PDF of a thread is content of each item in it. */
    private List<String> deleteRenditions(List<UUID> itemIds) {
        @SuppressWarnings("unchecked")
        List<UUID> renditions = em.createNativeQuery(
                "select distinct rendition_id from rendition_item where item_id in (:ids)").setParameter("ids", itemIds)
                .getResultList();
        if (renditions.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> files = em.createNativeQuery(
                "select sha256 from rendition where id in (:ids) and sha256 is not null")
                .setParameter("ids", renditions).getResultList();
        em.createNativeQuery("delete from rendition_item where rendition_id in (:ids)").setParameter("ids", renditions)
                .executeUpdate();
        em.createNativeQuery("delete from rendition where id in (:ids)").setParameter("ids", renditions)
                .executeUpdate();
        return files;
    }

    private Map<UUID, String> tombstoneHashes(List<UUID> itemIds) {
        Map<UUID, String> found = new HashMap<>();
        if (itemIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("select item_id, content_sha256 from tombstone where item_id in (:ids)")
                .setParameter("ids", itemIds).getResultList();
        rows.forEach(r -> found.putIfAbsent((UUID) r[0], (String) r[1]));
        return found;
    }

    private Map<UUID, DisposeResponse.Result> previous(UUID runId, List<UUID> itemIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select item_id, outcome, content_sha256 from disposal_outcome"
                + " where run_id = :run and item_id in (:ids)")
                .setParameter("run", runId).setParameter("ids", itemIds).getResultList();
        Map<UUID, DisposeResponse.Result> found = new HashMap<>();
        rows.forEach(r -> found.put((UUID) r[0], new DisposeResponse.Result((UUID) r[0],
                DisposalOutcome.valueOf((String) r[1]), (String) r[2])));
        return found;
    }

    /** The outcome per (run, item), so that a retried call gets the same answers. */
    private void remember(UUID runId, List<DisposeResponse.Result> results, Instant now) {
        Timestamp decidedAt = Timestamp.from(now);
        BatchInsert.run(em, "insert into disposal_outcome (run_id, item_id, outcome, content_sha256, decided_at)"
                + " values (?, ?, ?, ?, ?)", results, (insert, result) -> {
                    insert.setObject(1, runId);
                    insert.setObject(2, result.itemId());
                    insert.setString(3, result.outcome().name());
                    insert.setString(4, result.contentSha256());
                    insert.setTimestamp(5, decidedAt);
                });
    }

}
