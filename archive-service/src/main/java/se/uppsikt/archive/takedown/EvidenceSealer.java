package se.uppsikt.archive.takedown;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.chain.ChainKind;
import se.uppsikt.archive.chain.ChainService;
import se.uppsikt.archive.hold.HoldReason;
import se.uppsikt.archive.hold.HoldService;
import se.uppsikt.archive.hold.api.HoldRequest;
import se.uppsikt.archive.hold.api.HoldScope;
import se.uppsikt.archive.hold.api.HoldView;
import se.uppsikt.archive.item.CanonicalForm;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.item.ItemVersionRepository;
import se.uppsikt.archive.registry.ChannelLabel;
import se.uppsikt.archive.rendition.RenditionService;
import se.uppsikt.archive.rendition.api.RenditionView;

/**
 * Seals the evidence of a takedown in one transaction of its own, committed before the platform is called
 * (requirement 19, seed 000): a manifest of the item, its parent and its whole thread with every version's hash and
 * the hashes of what the platform showed just before; the PDF/A rendition of the thread; a MODERATION_EVIDENCE hold on
 * the item, its parent and the thread root; and a TAKEDOWN entry in the hash chain. For a metadata-only reason
 * (BBS_BARNPORNOGRAFIBROTT, requirement 20) there is no rendition and no text: metadata and hashes only.
 */
@ApplicationScoped
public class EvidenceSealer {

    /** What the platform showed of one item just before the takedown, as a hash only. */
    public record PlatformCopy(String platformItemId, String rawSha256) {
    }

    public record Sealed(List<UUID> evidenceIds, List<String> evidenceSha256, UUID holdId, Instant sealedAt) {
    }

    private final EntityManager em;
    private final ItemRepository items;
    private final ItemVersionRepository versions;
    private final BlobService blobs;
    private final RenditionService renditions;
    private final HoldService holds;
    private final ChainService chain;
    private final Clock clock;

    public EvidenceSealer(EntityManager em, ItemRepository items, ItemVersionRepository versions, BlobService blobs,
            RenditionService renditions, HoldService holds, ChainService chain, Clock clock) {
        this.em = em;
        this.items = items;
        this.versions = versions;
        this.blobs = blobs;
        this.renditions = renditions;
        this.holds = holds;
        this.chain = chain;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sealed seal(UUID takedownId, UUID decisionId, UUID itemId, TakedownAction action, String reasonCode,
            boolean metadataOnly, String contextSource, List<PlatformCopy> platformCopies, ChannelLabel channel,
            String actor) {
        chain.lock();
        Item subject = items.findByIdOptional(itemId)
                .orElseThrow(() -> new SealingFailedException("item " + itemId + " is no longer in the archive"));
        List<Item> thread = items.find("threadRootItemId = ?1 order by platformCreatedAt, id",
                subject.threadRootItemId).list();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        List<Map<String, Object>> shown = new ArrayList<>();
        for (Item i : thread) {
            ItemVersion v = versions.findVersion(i.id, i.currentVersion)
                    .orElseThrow(() -> new SealingFailedException("item " + i.id + " has no current version"));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("itemId", i.id.toString());
            one.put("role", i.id.equals(subject.id)
                    ? "SUBJECT"
                    : i.id.equals(subject.parentItemId)
                            ? "PARENT"
                            : i.id.equals(i.threadRootItemId) ? "ROOT" : "THREAD");
            one.put("platformItemId", i.platformItemId);
            one.put("kind", i.kind.name());
            one.put("direction", i.direction.name());
            one.put("parentItemId", i.parentItemId == null ? null : i.parentItemId.toString());
            one.put("authorHandle", i.authorHandle);
            one.put("authorPlatformUserId", i.authorPlatformUserId);
            one.put("platformCreatedAt", i.platformCreatedAt.toString());
            one.put("versionNo", v.versionNo);
            one.put("contentSha256", v.contentSha256);
            one.put("rawSha256", v.rawSha256);
            one.put("capturedAt", v.capturedAt.toString());
            shown.add(one);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("takedownId", takedownId.toString());
        manifest.put("decisionId", decisionId.toString());
        manifest.put("itemId", itemId.toString());
        manifest.put("action", action.name());
        manifest.put("reasonCode", reasonCode);
        manifest.put("metadataOnly", metadataOnly);
        manifest.put("contextSource", contextSource);
        manifest.put("channel", channel.describe(subject.platform.name()));
        manifest.put("sealedAt", now.toString());
        manifest.put("sealedBy", actor);
        manifest.put("items", shown);
        manifest.put("platformCopies", platformCopies.stream()
                .map(c -> Map.of("platformItemId", c.platformItemId(), "rawSha256", c.rawSha256())).toList());
        byte[] manifestBytes;
        try {
            manifestBytes = CanonicalForm.JSON.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new SealingFailedException("the evidence manifest could not be written", e);
        }
        String manifestSha = blobs.write(manifestBytes);
        blobs.record(manifestSha, manifestBytes.length, "application/json");

        List<UUID> evidenceIds = new ArrayList<>();
        List<String> evidenceSha = new ArrayList<>();
        UUID manifestId = UUID.randomUUID();
        insertEvidence(manifestId, takedownId, "MANIFEST", manifestSha, null, now);
        evidenceIds.add(manifestId);
        evidenceSha.add(manifestSha);
        if (!metadataOnly) {
            RenditionView rendition = renditions.createEvidence(itemId, actor, channel);
            if (!rendition.valid()) {
                throw new SealingFailedException("the PDF/A rendition of the thread failed validation: "
                        + String.join("; ", rendition.failures()));
            }
            UUID renditionEvidenceId = UUID.randomUUID();
            insertEvidence(renditionEvidenceId, takedownId, "RENDITION", rendition.sha256(), rendition.id(), now);
            evidenceIds.add(renditionEvidenceId);
            evidenceSha.add(rendition.sha256());
        }

        Set<UUID> held = new LinkedHashSet<>();
        held.add(subject.id);
        if (subject.parentItemId != null) {
            held.add(subject.parentItemId);
        }
        held.add(subject.threadRootItemId);
        HoldView hold = holds.place(new HoldRequest(HoldReason.MODERATION_EVIDENCE, "moderation:" + decisionId,
                "Bevisning säkrad före " + action + " (" + reasonCode + "), takedown " + takedownId,
                new HoldScope(Set.of(), held), null, null), actor);

        chain.append(ChainKind.TAKEDOWN, takedownId, manifestSha, "takedown evidence sealed: item " + itemId
                + ", decision " + decisionId + ", " + action + " " + reasonCode + ", " + thread.size()
                + " item(s) of the thread, context from " + contextSource + (metadataOnly ? ", metadata only" : ""),
                actor);
        em.createNativeQuery("update takedown set status = 'EVIDENCE_SEALED', evidence_committed_at = ?1,"
                + " hold_id = ?2, context_source = ?3, updated_at = ?1 where id = ?4")
                .setParameter(1, now).setParameter(2, hold.id()).setParameter(3, contextSource)
                .setParameter(4, takedownId).executeUpdate();
        return new Sealed(evidenceIds, evidenceSha, hold.id(), now);
    }

    private void insertEvidence(UUID id, UUID takedownId, String kind, String sha, UUID renditionId, Instant now) {
        em.createNativeQuery("insert into takedown_evidence (id, takedown_id, kind, sha256, rendition_id, sealed_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, id).setParameter(2, takedownId).setParameter(3, kind).setParameter(4, sha)
                .setParameter(5, renditionId).setParameter(6, now).executeUpdate();
    }

    static String sha256(String text) {
        return Sha256.of(text);
    }
}
