package se.uppsikt.archive.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
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
import se.uppsikt.archive.item.BatchInsert;
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

    // PostgreSQL takes at most 32767 parameters per statement
    private static final int LOOKUP_CHUNK = 1000;

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
        recordBlobs(batch);
        // One query each for what is already archived: the items of the batch and their parents, and the content
        // hash of their current versions. Looking them up item by item cost two round trips per item and flushed
        // the pending inserts each time, so nothing could be batched (issue 12).
        Map<String, Item> known = existing(batch);
        Map<UUID, String> currentSha = currentContent(known.values());
        List<IngestResponse.Result> results = new ArrayList<>();
        Map<String, Item> inBatch = new HashMap<>();
        List<Item> created = new ArrayList<>();
        List<ItemVersion> newVersions = new ArrayList<>();
        List<ItemVersion> newInbound = new ArrayList<>();
        for (PreparedItem p : batch) {
            IngestItem in = p.input();
            String platformItemId = in.platformItemId().strip();
            Item item = known.get(key(in.channelId(), platformItemId));
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
            if (!isNew && sha.equals(currentSha.get(item.id))) {
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
            currentSha.put(item.id, sha);
            newVersions.add(version);
            if (item.direction == Direction.INBOUND) {
                newInbound.add(version);
            }
            results.add(new IngestResponse.Result(p.index(), item.id, item.platformItemId,
                    isNew ? IngestOutcome.CREATED : IngestOutcome.NEW_VERSION, version.versionNo, sha));
        }
        linkParents(created, inBatch, known);
        // persisted kind by kind, so that Hibernate sends each kind as one JDBC batch (statement-batch-size)
        parentsFirst(created).forEach(items::persist);
        newVersions.forEach(versions::persist);
        ChainService.Appender appender = chain.appender();
        for (ItemVersion version : newVersions) {
            appender.append(ChainKind.ITEM_VERSION_INGESTED, version.id, version.contentSha256,
                    "item " + version.itemId + " version " + version.versionNo, actor);
        }
        appender.finish();
        appendToFeed(newInbound);
        Log.debugf("Ingested %d items (%d new, %d new inbound versions)", batch.size(), created.size(),
                newInbound.size());
        return new IngestResponse(results);
    }

    /** Every blob of the batch, in one JDBC batch; before any version that refers to one is flushed. */
    private void recordBlobs(List<PreparedItem> batch) {
        List<PreparedItem.Blob> all = new ArrayList<>();
        for (PreparedItem p : batch) {
            if (p.raw() != null) {
                all.add(p.raw());
            }
            p.media().stream().filter(m -> m.blob() != null).forEach(m -> all.add(m.blob()));
        }
        blobs.recordAll(all.stream().map(b -> new BlobService.Recorded(b.sha256(), b.size(), b.mediaType())).toList());
    }

    /** The archived items of the batch and of the parents it names, by channel and platform id. */
    private Map<String, Item> existing(List<PreparedItem> batch) {
        Set<UUID> channels = new HashSet<>();
        Set<String> platformIds = new HashSet<>();
        for (PreparedItem p : batch) {
            channels.add(p.input().channelId());
            platformIds.add(p.input().platformItemId().strip());
            String parent = p.input().parentPlatformItemId();
            if (parent != null && !parent.isBlank()) {
                platformIds.add(parent.strip());
            }
        }
        Map<String, Item> found = new HashMap<>();
        List<String> ids = new ArrayList<>(platformIds);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            // the channels times the ids may match a few rows too many; the map keeps only real keys
            items.list("channelId in ?1 and platformItemId in ?2", channels,
                    ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))
                    .forEach(i -> found.put(key(i.channelId, i.platformItemId), i));
        }
        return found;
    }

    private Map<UUID, String> currentContent(Collection<Item> archived) {
        Map<UUID, String> current = new HashMap<>();
        List<UUID> ids = archived.stream().map(i -> i.id).toList();
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            em.createQuery("select v.itemId, v.contentSha256 from ItemVersion v, Item i"
                    + " where v.itemId = i.id and v.versionNo = i.currentVersion and i.id in ?1", Object[].class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))
                    .getResultList()
                    .forEach(row -> current.put((UUID) row[0], (String) row[1]));
        }
        return current;
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
    private void linkParents(List<Item> created, Map<String, Item> inBatch, Map<String, Item> archived) {
        Set<UUID> linked = new HashSet<>();
        for (Item item : created) {
            link(item, inBatch, archived, linked, 0);
        }
    }

    private void link(Item item, Map<String, Item> inBatch, Map<String, Item> archived, Set<UUID> linked,
            int depth) {
        if (item.parentPlatformItemId == null || !linked.add(item.id) || depth > 1000) {
            return;
        }
        String parentKey = key(item.channelId, item.parentPlatformItemId);
        Item parent = inBatch.getOrDefault(parentKey, archived.get(parentKey));
        if (parent == null || parent.id.equals(item.id)) {
            return;
        }
        link(parent, inBatch, archived, linked, depth + 1);
        item.parentItemId = parent.id;
        item.threadRootItemId = parent.threadRootItemId;
    }

    /** New items in an order where a parent comes before its replies: the parent link is checked row by row. */
    private static List<Item> parentsFirst(List<Item> created) {
        Map<UUID, Item> byId = new HashMap<>();
        created.forEach(i -> byId.put(i.id, i));
        Set<UUID> placed = new HashSet<>();
        List<Item> ordered = new ArrayList<>(created.size());
        for (Item item : created) {
            List<Item> ancestry = new ArrayList<>();
            for (Item at = item; at != null && !placed.contains(at.id)
                    && ancestry.size() <= created.size(); at = at.parentItemId == null
                            ? null
                            : byId.get(at.parentItemId)) {
                ancestry.add(at);
            }
            for (int i = ancestry.size() - 1; i >= 0; i--) {
                if (placed.add(ancestry.get(i).id)) {
                    ordered.add(ancestry.get(i));
                }
            }
        }
        return ordered;
    }

    private void appendToFeed(List<ItemVersion> newInbound) {
        if (newInbound.isEmpty()) {
            return;
        }
        em.flush();
        long first = chain.reserveFeedCursors(newInbound.size());
        List<FeedRow> rows = new ArrayList<>(newInbound.size());
        for (int i = 0; i < newInbound.size(); i++) {
            rows.add(new FeedRow(first + i, newInbound.get(i)));
        }
        BatchInsert.run(em, "insert into inbound_feed (cursor, item_id, version_id) values (?, ?, ?)", rows,
                (insert, row) -> {
                    insert.setLong(1, row.cursor());
                    insert.setObject(2, row.version().itemId);
                    insert.setObject(3, row.version().id);
                });
    }

    private record FeedRow(long cursor, ItemVersion version) {
    }

    private static String key(UUID channelId, String platformItemId) {
        return channelId + " " + platformItemId;
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
