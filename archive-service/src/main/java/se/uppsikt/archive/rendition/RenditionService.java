package se.uppsikt.archive.rendition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.blob.BlobStore;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.ItemVersionRepository;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.registry.ChannelLabel;
import se.uppsikt.archive.registry.ChannelRegistry;
import se.uppsikt.archive.rendition.api.RenditionView;
import se.uppsikt.archive.visibility.SecretAccess;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.pdfa.PdfA;

/**
 * Renders a thread, or an item with its context, as PDF/A-2b and validates it with veraPDF before keeping it. A file
 * veraPDF rejects is recorded with its failures but not kept: nothing in the archive claims to be PDF/A unless it is.
 */
@ApplicationScoped
public class RenditionService {

    private static final int MAX_ANCESTORS = 50;

    private final ItemRepository items;
    private final ItemVersionRepository versions;
    private final BlobService blobs;
    private final BlobStore store;
    private final SecretAccess secretAccess;
    private final EntityManager em;
    private final Clock clock;
    private final ChannelRegistry registry;

    public RenditionService(ItemRepository items, ItemVersionRepository versions, BlobService blobs,
            BlobStore store, SecretAccess secretAccess, EntityManager em, Clock clock, ChannelRegistry registry) {
        this.registry = registry;
        this.items = items;
        this.versions = versions;
        this.blobs = blobs;
        this.store = store;
        this.secretAccess = secretAccess;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public RenditionView create(UUID itemId, RenditionScope scope, SecurityIdentity who) {
        Item subject = items.findByIdOptional(itemId).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
        List<Item> shownItems = scope == RenditionScope.THREAD ? thread(subject) : context(subject);
        guardSecrets(shownItems.stream().filter(i -> i.visibility == Visibility.SECRET).map(i -> i.id).toList(),
                who);
        List<RenditionDocument.Shown> shown = shownItems.stream()
                .map(i -> new RenditionDocument.Shown(i, versions.findVersion(i.id, i.currentVersion).orElseThrow()))
                .toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = who.getPrincipal().getName();
        byte[] pdf = PdfA.render(RenditionDocument.xhtml(subject, scope, shown, now, actor,
                registry.label(subject.channelId)));
        return store(subject.id, scope, shown, pdf, now, actor);
    }

    /**
     * The thread rendition sealed as evidence before a takedown (requirement 19): made by the system for moderation,
     * so no reader's clearance applies; the evidence itself is kept RESTRICTED and under a hold. Joins the sealing
     * transaction, so that a rendition veraPDF rejects rolls the whole seal back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RenditionView createEvidence(UUID itemId, String actor, ChannelLabel channel) {
        Item subject = items.findByIdOptional(itemId).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
        List<RenditionDocument.Shown> shown = thread(subject).stream()
                .map(i -> new RenditionDocument.Shown(i, versions.findVersion(i.id, i.currentVersion).orElseThrow()))
                .toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] pdf = PdfA.render(RenditionDocument.xhtml(subject, RenditionScope.THREAD, shown, now, actor, channel));
        return store(subject.id, RenditionScope.THREAD, shown, pdf, now, actor);
    }

    /** Validates and records a rendered file; package-private so that a test can hand it a file that fails. */
    @Transactional(Transactional.TxType.MANDATORY)
    RenditionView store(UUID itemId, RenditionScope scope, List<RenditionDocument.Shown> shown, byte[] pdf,
            Instant now, String actor) {
        PdfA.Validation validation = PdfA.validate(pdf);
        String sha = null;
        Long size = null;
        if (validation.compliant()) {
            sha = blobs.write(pdf);
            size = (long) pdf.length;
            blobs.record(sha, pdf.length, "application/pdf");
        } else {
            Log.warnf("Rendition of item %s failed PDF/A validation: %s", itemId, validation.failures());
        }
        UUID id = UUID.randomUUID();
        String failures = String.join("\n", validation.failures());
        em.createNativeQuery("insert into rendition (id, item_id, scope, sha256, size_bytes, profile, valid, failures,"
                + " created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, id).setParameter(2, itemId).setParameter(3, scope.name()).setParameter(4, sha)
                .setParameter(5, size).setParameter(6, validation.profile()).setParameter(7, validation.compliant())
                .setParameter(8, failures.length() > 8000 ? failures.substring(0, 8000) : failures)
                .setParameter(9, now).setParameter(10, actor)
                .executeUpdate();
        List<RenditionView.Shown> listed = new ArrayList<>();
        for (RenditionDocument.Shown s : shown) {
            em.createNativeQuery("insert into rendition_item (rendition_id, item_id, version_no, content_sha256)"
                    + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, s.item().id).setParameter(3, s.version().versionNo)
                    .setParameter(4, s.version().contentSha256)
                    .executeUpdate();
            listed.add(new RenditionView.Shown(s.item().id, s.version().versionNo, s.version().contentSha256));
        }
        return new RenditionView(id, itemId, scope, validation.compliant(), validation.profile(),
                validation.failures(), sha, size, listed, now, actor);
    }

    @Transactional
    public RenditionView get(UUID id, SecurityIdentity who) {
        Object[] row = row(id);
        @SuppressWarnings("unchecked")
        List<Object[]> shownRows = em.createNativeQuery("select item_id, version_no, content_sha256 from"
                + " rendition_item where rendition_id = ?1 order by item_id").setParameter(1, id).getResultList();
        List<RenditionView.Shown> shown = shownRows.stream()
                .map(r -> new RenditionView.Shown((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2])).toList();
        guardSecrets(secretItems(shown.stream().map(RenditionView.Shown::itemId).toList()), who);
        String failures = (String) row[7];
        return new RenditionView(id, (UUID) row[1], RenditionScope.valueOf((String) row[2]), (Boolean) row[6],
                (String) row[5],
                failures == null || failures.isEmpty() ? List.of() : Arrays.asList(failures.split("\n")),
                (String) row[3], row[4] == null ? null : ((Number) row[4]).longValue(), shown,
                toInstant(row[8]), (String) row[9]);
    }

    /** The PDF bytes of a valid rendition. */
    @Transactional
    public byte[] pdf(UUID id, SecurityIdentity who) {
        RenditionView view = get(id, who);
        if (!view.valid()) {
            throw ApiProblem.conflict("rendition-invalid",
                    "Rendition " + id + " failed PDF/A validation and has no file");
        }
        try (InputStream in = store.open(view.sha256())
                .orElseThrow(() -> new IllegalStateException("blob " + view.sha256() + " is missing"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object[] row(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, item_id, scope, sha256, size_bytes, profile, valid,"
                + " failures, created_at, created_by from rendition where id = ?1").setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().orElseThrow(() -> ApiProblem.notFound("Rendition", id));
    }

    private List<Item> thread(Item subject) {
        return items.find("threadRootItemId = ?1 order by platformCreatedAt, id", subject.threadRootItemId).list();
    }

    /** The item, the posts it replies to up to the root, its siblings and its direct replies. */
    private List<Item> context(Item subject) {
        Map<UUID, Item> found = new LinkedHashMap<>();
        found.put(subject.id, subject);
        Item current = subject;
        for (int n = 0; current.parentItemId != null && n < MAX_ANCESTORS; n++) {
            current = items.findByIdOptional(current.parentItemId).orElse(null);
            if (current == null) {
                break;
            }
            found.put(current.id, current);
        }
        if (subject.parentItemId != null) {
            items.find("parentItemId", subject.parentItemId).list().forEach(i -> found.put(i.id, i));
        }
        items.find("parentItemId", subject.id).list().forEach(i -> found.put(i.id, i));
        return found.values().stream()
                .sorted(Comparator.comparing((Item i) -> i.platformCreatedAt).thenComparing(i -> i.id)).toList();
    }

    private List<UUID> secretItems(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return items.find("id in ?1 and visibility = ?2", ids, Visibility.SECRET).list().stream().map(i -> i.id)
                .toList();
    }

    private void guardSecrets(List<UUID> secretIds, SecurityIdentity who) {
        if (secretIds.isEmpty()) {
            return;
        }
        if (!secretAccess.isCleared(who)) {
            throw new ApiProblem(403, "secret-item", "Forbidden",
                    "The rendition shows secret items; your roles are not cleared for secret items", null);
        }
        secretIds.forEach(id -> secretAccess.recordRead(id, who.getPrincipal().getName()));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
