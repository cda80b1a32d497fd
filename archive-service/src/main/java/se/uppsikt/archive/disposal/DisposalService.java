package se.uppsikt.archive.disposal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.item.ItemVersionRepository;

/**
 * Disposal (gallring) of a batch in one transaction. Under the ledger lock, so that a hold placed at the same moment
 * is either committed before the re-check (and seen) or placed after the disposal (of an item already gone). Deletes
 * the versions and the blobs no other version uses, leaves a tombstone without content, appends a chain entry, and
 * remembers the outcome per (run, item): a retried call gets the same answers.
 */
@ApplicationScoped
public class DisposalService {

    private final ItemRepository items;
    private final ItemVersionRepository versions;
    private final BlobService blobs;
    private final ChainService chain;
    private final EntityManager em;
    private final Clock clock;

    public DisposalService(ItemRepository items, ItemVersionRepository versions, BlobService blobs,
            ChainService chain, EntityManager em, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.blobs = blobs;
        this.chain = chain;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public DisposeResponse dispose(DisposeRequest request, String actor) {
        chain.lock();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<DisposeResponse.Result> results = new ArrayList<>();
        for (UUID itemId : new LinkedHashSet<>(request.itemIds())) {
            DisposeResponse.Result result = previous(request.runId(), itemId)
                    .orElseGet(() -> remember(request.runId(), disposeOne(itemId, request, actor, now), now));
            results.add(result);
        }
        return new DisposeResponse(results);
    }

    private DisposeResponse.Result disposeOne(UUID itemId, DisposeRequest request, String actor, Instant now) {
        Item item = items.findByIdOptional(itemId).orElse(null);
        if (item == null) {
            return tombstoneHash(itemId)
                    .map(sha -> new DisposeResponse.Result(itemId, DisposalOutcome.ALREADY_DISPOSED, sha))
                    .orElseGet(() -> new DisposeResponse.Result(itemId, DisposalOutcome.NOT_FOUND, null));
        }
        List<ItemVersion> all = versions.findByItem(itemId);
        String contentSha = all.get(all.size() - 1).contentSha256;
        if (isHeld(itemId)) {
            return new DisposeResponse.Result(itemId, DisposalOutcome.SKIPPED_HELD, contentSha);
        }
        Set<String> blobShas = new LinkedHashSet<>();
        for (ItemVersion v : all) {
            if (v.rawSha256 != null) {
                blobShas.add(v.rawSha256);
            }
            v.media.stream().map(m -> m.sha256).filter(sha -> sha != null).forEach(blobShas::add);
        }
        String versionShas = all.stream().map(v -> v.contentSha256).collect(Collectors.joining(","));
        blobShas.addAll(deleteRenditions(itemId));
        deleteContent(itemId);
        blobs.deleteUnreferenced(blobShas);
        em.createNativeQuery("insert into tombstone (id, item_id, channel_id, platform, platform_item_id, kind,"
                + " direction, content_sha256, version_sha256s, decision_reference, run_id, disposed_at, disposed_by)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, itemId).setParameter(3, item.channelId)
                .setParameter(4, item.platform.name()).setParameter(5, item.platformItemId)
                .setParameter(6, item.kind.name()).setParameter(7, item.direction.name())
                .setParameter(8, contentSha).setParameter(9, versionShas)
                .setParameter(10, request.decisionReference().strip()).setParameter(11, request.runId())
                .setParameter(12, now).setParameter(13, actor)
                .executeUpdate();
        chain.append(ChainKind.ITEM_DISPOSED, itemId, contentSha,
                "item " + itemId + " disposed in run " + request.runId() + " under " + request.decisionReference()
                        .strip(),
                actor);
        Log.debugf("Item %s disposed in run %s", itemId, request.runId());
        return new DisposeResponse.Result(itemId, DisposalOutcome.DISPOSED, contentSha);
    }

    /** Content only: the chain entries and the hold records stay, and so does the audit of secret reads. */
    private void deleteContent(UUID itemId) {
        em.flush();
        // the entities read above must not be written back after their rows are gone
        em.clear();
        for (String sql : List.of("delete from inbound_feed where item_id = ?1",
                "delete from visibility_change where item_id = ?1",
                "delete from item_version_media where version_id in (select id from item_version where item_id = ?1)",
                "delete from item_version where item_id = ?1",
                "delete from item where id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, itemId).executeUpdate();
        }
    }

    /** Every rendition that shows the item goes with it: a PDF of a thread is content of each item in it. */
    private List<String> deleteRenditions(UUID itemId) {
        @SuppressWarnings("unchecked")
        List<UUID> renditions = em.createNativeQuery(
                "select distinct rendition_id from rendition_item where item_id = ?1").setParameter(1, itemId)
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

    private boolean isHeld(UUID itemId) {
        return (Boolean) em.createNativeQuery("select " + HoldCheck.HELD + " from item i where i.id = ?1")
                .setParameter(1, itemId).getSingleResult();
    }

    private Optional<String> tombstoneHash(UUID itemId) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select content_sha256 from tombstone where item_id = ?1")
                .setParameter(1, itemId).getResultList();
        return found.stream().findFirst();
    }

    private Optional<DisposeResponse.Result> previous(UUID runId, UUID itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select outcome, content_sha256 from disposal_outcome where run_id = ?1 and item_id = ?2")
                .setParameter(1, runId).setParameter(2, itemId).getResultList();
        return rows.stream().findFirst().map(r -> new DisposeResponse.Result(itemId,
                DisposalOutcome.valueOf((String) r[0]), (String) r[1]));
    }

    private DisposeResponse.Result remember(UUID runId, DisposeResponse.Result result, Instant now) {
        em.createNativeQuery("insert into disposal_outcome (run_id, item_id, outcome, content_sha256, decided_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, runId).setParameter(2, result.itemId()).setParameter(3, result.outcome().name())
                .setParameter(4, result.contentSha256()).setParameter(5, now)
                .executeUpdate();
        return result;
    }

}
