package se.uppsikt.archive.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.ingest.api.IngestOutcome;
import se.uppsikt.archive.ingest.api.IngestResponse;
import se.uppsikt.archive.item.CanonicalForm;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.item.ItemVersionRepository;
import se.uppsikt.archive.item.MediaRef;
import se.uppsikt.archive.item.Visibility;

/**
 * Stores a prepared batch in one transaction under the ledger lock: a new item, a new version when the content
 * changed, nothing when it did not; a chain entry per new version; a feed cursor per new inbound version.
 */
@ApplicationScoped
public class IngestWriter {

    private final ItemRepository items;
    private final ItemVersionRepository versions;
    private final BlobService blobs;
    private final ChainService chain;
    private final EntityManager em;
    private final Clock clock;

    public IngestWriter(ItemRepository items, ItemVersionRepository versions, BlobService blobs, ChainService chain,
            EntityManager em, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.blobs = blobs;
        this.chain = chain;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public IngestResponse write(List<PreparedItem> batch, String captureTool, String actor) {
        chain.lock();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<IngestResponse.Result> results = new ArrayList<>();
        Map<String, Item> inBatch = new HashMap<>();
        List<Item> created = new ArrayList<>();
        List<ItemVersion> newInbound = new ArrayList<>();
        for (PreparedItem p : batch) {
            recordBlobs(p);
            IngestItem in = p.input();
            String platformItemId = in.platformItemId().strip();
            Item item = items.findByNaturalKey(in.channelId(), platformItemId).orElse(null);
            boolean isNew = item == null;
            if (isNew) {
                item = newItem(in, platformItemId, now);
                created.add(item);
            }
            inBatch.put(key(item.channelId, item.platformItemId), item);
            List<MediaRef> media = p.media().stream()
                    .map(m -> new MediaRef(m.blob() == null ? null : m.blob().sha256(), m.mediaType(), m.sourceUrl()))
                    .toList();
            Instant editedAt = micros(in.platformEditedAt());
            String rawSha = p.raw() == null ? null : p.raw().sha256();
            String sha = CanonicalForm.contentSha256(item, in.text(), editedAt, rawSha, media);
            if (!isNew && versions.findVersion(item.id, item.currentVersion)
                    .map(v -> v.contentSha256.equals(sha)).orElse(false)) {
                results.add(new IngestResponse.Result(p.index(), item.id, item.platformItemId,
                        IngestOutcome.UNCHANGED, item.currentVersion, sha));
                continue;
            }
            ItemVersion version = new ItemVersion();
            version.id = UUID.randomUUID();
            version.itemId = item.id;
            version.versionNo = isNew ? 1 : item.currentVersion + 1;
            version.text = in.text();
            version.platformEditedAt = editedAt;
            version.rawSha256 = rawSha;
            version.media = new ArrayList<>(media);
            version.contentSha256 = sha;
            version.sourceUrl = in.sourceUrl();
            version.captureTool = captureTool;
            version.capturedAt = now;
            version.capturedBy = actor;
            item.currentVersion = version.versionNo;
            if (isNew) {
                items.persist(item);
            }
            versions.persist(version);
            chain.append(ChainKind.ITEM_VERSION_INGESTED, version.id, sha,
                    "item " + item.id + " version " + version.versionNo, actor);
            if (item.direction == Direction.INBOUND) {
                newInbound.add(version);
            }
            results.add(new IngestResponse.Result(p.index(), item.id, item.platformItemId,
                    isNew ? IngestOutcome.CREATED : IngestOutcome.NEW_VERSION, version.versionNo, sha));
        }
        linkParents(created, inBatch);
        appendToFeed(newInbound);
        Log.debugf("Ingested %d items (%d new, %d new inbound versions)", batch.size(), created.size(),
                newInbound.size());
        return new IngestResponse(results);
    }

    private void recordBlobs(PreparedItem p) {
        if (p.raw() != null) {
            blobs.record(p.raw().sha256(), p.raw().size(), p.raw().mediaType());
        }
        p.media().stream().filter(m -> m.blob() != null)
                .forEach(m -> blobs.record(m.blob().sha256(), m.blob().size(), m.blob().mediaType()));
    }

    private static Item newItem(IngestItem in, String platformItemId, Instant now) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.channelId = in.channelId();
        item.platform = in.platform();
        item.platformItemId = platformItemId;
        item.parentPlatformItemId = in.parentPlatformItemId() == null || in.parentPlatformItemId().isBlank()
                ? null
                : in.parentPlatformItemId().strip();
        item.threadRootItemId = item.id;
        item.kind = in.kind();
        item.direction = in.direction();
        if (in.author() != null) {
            item.authorHandle = in.author().handle();
            item.authorDisplayName = in.author().displayName();
            item.authorPlatformUserId = in.author().platformUserId();
        }
        item.platformCreatedAt = micros(in.platformCreatedAt());
        item.capturedAt = now;
        item.visibility = Visibility.PUBLIC;
        return item;
    }

    /** Links new items to their parents, in this batch or already archived, whatever the order of the batch. */
    private void linkParents(List<Item> created, Map<String, Item> inBatch) {
        Set<UUID> linked = new HashSet<>();
        for (Item item : created) {
            link(item, inBatch, linked, 0);
        }
    }

    private void link(Item item, Map<String, Item> inBatch, Set<UUID> linked, int depth) {
        if (item.parentPlatformItemId == null || !linked.add(item.id) || depth > 1000) {
            return;
        }
        String parentKey = key(item.channelId, item.parentPlatformItemId);
        Item parent = inBatch.get(parentKey);
        if (parent == null) {
            parent = items.findByNaturalKey(item.channelId, item.parentPlatformItemId).orElse(null);
        }
        if (parent == null || parent.id.equals(item.id)) {
            return;
        }
        link(parent, inBatch, linked, depth + 1);
        item.parentItemId = parent.id;
        item.threadRootItemId = parent.threadRootItemId;
    }

    private void appendToFeed(List<ItemVersion> newInbound) {
        if (newInbound.isEmpty()) {
            return;
        }
        em.flush();
        long cursor = chain.reserveFeedCursors(newInbound.size());
        for (ItemVersion version : newInbound) {
            em.createNativeQuery("insert into inbound_feed (cursor, item_id, version_id) values (?1, ?2, ?3)")
                    .setParameter(1, cursor++).setParameter(2, version.itemId).setParameter(3, version.id)
                    .executeUpdate();
        }
    }

    private static String key(UUID channelId, String platformItemId) {
        return channelId + " " + platformItemId;
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
