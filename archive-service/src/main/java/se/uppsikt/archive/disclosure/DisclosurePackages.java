package se.uppsikt.archive.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.logging.Log;

import se.uppsikt.archive.blob.BlobService;
import se.uppsikt.archive.blob.BlobStore;
import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.disclosure.api.MaskingRequest;
import se.uppsikt.archive.disclosure.api.MaskingView;
import se.uppsikt.archive.disclosure.api.PackageView;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.item.ItemVersionRepository;
import se.uppsikt.archive.item.MediaRef;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.sip.ItemExport;
import se.uppsikt.archive.visibility.SecretAccess;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.pdfa.PdfA;

/**
 * Masked derivatives and disclosure packages (domain requirement 46).
 * <p>
 * Masking never touches the archived item: the item version, its text, raw payload and media stay byte-identical and
 * keep their hashes in the hash chain. The masked text is rendered into a new PDF/A file and a new JSON file, both new
 * blobs, recorded with the provision and the hash of the version they were made from, so it can be shown later exactly
 * what was withheld from whom and why.
 */
@ApplicationScoped
public class DisclosurePackages {

    private final DisclosureService disclosures;
    private final ItemRepository items;
    private final ItemVersionRepository versions;
    private final BlobService blobs;
    private final BlobStore store;
    private final SecretAccess secretAccess;
    private final EntityManager em;
    private final DeadlineClock clock;
    private final ObjectMapper json;

    public DisclosurePackages(DisclosureService disclosures, ItemRepository items, ItemVersionRepository versions,
            BlobService blobs, BlobStore store, SecretAccess secretAccess, EntityManager em, DeadlineClock clock,
            ObjectMapper json) {
        this.disclosures = disclosures;
        this.items = items;
        this.versions = versions;
        this.blobs = blobs;
        this.store = store;
        this.secretAccess = secretAccess;
        this.em = em;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Transactional
    public MaskingView mask(UUID requestId, MaskingRequest request, String actor) {
        DisclosureRequest r = disclosures.find(requestId);
        if (!r.itemIds.contains(request.itemId())) {
            throw ApiProblem.invalidField("itemId", "item " + request.itemId() + " is not in the scope of request "
                    + requestId);
        }
        if (!request.wholeItem() && request.spans().isEmpty()) {
            throw ApiProblem.invalidField("spans", "name at least one span to mask, or set wholeItem");
        }
        Item item = items.findById(request.itemId());
        ItemVersion version = versions.findVersion(item.id, item.currentVersion).orElseThrow();
        String provision = request.provision().strip();
        String marker = "[sekretess " + provision + "]";
        String text = version.text == null ? "" : version.text;
        String author = ItemExport.author(item);
        int masked = 0;
        if (request.wholeItem()) {
            text = marker;
            author = marker;
            masked = 1;
        } else {
            for (String span : request.spans()) {
                if (!text.contains(span) && !author.contains(span)) {
                    throw ApiProblem.invalidField("spans", "\"" + span + "\" does not occur in the text or author of"
                            + " item " + item.id);
                }
                masked++;
                text = text.replace(span, marker);
                author = author.replace(span, marker);
            }
        }
        Long existing = ((Number) em.createNativeQuery("select count(*) from disclosure_masking where request_id = ?1"
                + " and item_id = ?2").setParameter(1, requestId).setParameter(2, item.id).getSingleResult())
                .longValue();
        if (existing > 0) {
            throw ApiProblem.conflict("masking-exists", "Item " + item.id + " already has a masked derivative in"
                    + " request " + requestId + "; masking is recorded once per item and request");
        }
        ItemExport.Shown shown = new ItemExport.Shown(item, version, text, author, provision);
        byte[] maskedJson = write(ItemExport.json(shown));
        byte[] maskedPdf = PdfA.renderValidated(ItemExport.xhtml("Maskerad kopia – utlämnande " + requestId,
                "Kopia för utlämnande där uppgifter omfattas av sekretess enligt " + provision + ".", List.of(shown)));
        String jsonSha = store(maskedJson, "application/json");
        String pdfSha = store(maskedPdf, "application/pdf");
        UUID id = UUID.randomUUID();
        Instant now = clock.now();
        em.createNativeQuery("insert into disclosure_masking (id, request_id, item_id, version_no, original_sha256,"
                + " provision, masked_spans, masked_json_sha256, masked_pdf_sha256, created_at, created_by)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, id).setParameter(2, requestId).setParameter(3, item.id)
                .setParameter(4, version.versionNo).setParameter(5, version.contentSha256).setParameter(6, provision)
                .setParameter(7, masked).setParameter(8, jsonSha).setParameter(9, pdfSha).setParameter(10, now)
                .setParameter(11, actor).executeUpdate();
        return new MaskingView(id, requestId, item.id, version.versionNo, version.contentSha256, provision, masked,
                jsonSha, pdfSha, now, actor);
    }

    public List<MaskingView> maskings(UUID requestId) {
        disclosures.find(requestId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, item_id, version_no, original_sha256, provision,"
                + " masked_spans, masked_json_sha256, masked_pdf_sha256, created_at, created_by from disclosure_masking"
                + " where request_id = ?1 order by created_at, id").setParameter(1, requestId).getResultList();
        return rows.stream().map(m -> new MaskingView((UUID) m[0], requestId, (UUID) m[1],
                ((Number) m[2]).intValue(), (String) m[3], (String) m[4], ((Number) m[5]).intValue(), (String) m[6],
                (String) m[7], se.uppsikt.archive.item.SqlTimes.instant(m[8]), (String) m[9])).toList();
    }

    /**
     * Assembles the package: one PDF/A rendition of the released items, the masked PDF/A of each masked item, the items
     * as JSON (masked ones in their masked form), the media of unmasked items and a manifest with every file's SHA-256.
     */
    @Transactional
    public PackageView assemble(UUID requestId, io.quarkus.security.identity.SecurityIdentity who) {
        DisclosureRequest r = disclosures.find(requestId);
        String actor = who.getPrincipal().getName();
        Map<UUID, MaskingView> masked = new LinkedHashMap<>();
        maskings(requestId).forEach(m -> masked.put(m.itemId(), m));
        List<Item> inScope = r.itemIds.isEmpty()
                ? List.of()
                : items.find("id in ?1", r.itemIds).list().stream()
                        .sorted(Comparator.comparing((Item i) -> i.platformCreatedAt).thenComparing(i -> i.id))
                        .toList();
        // secret items in the package are read by the registrar who assembles it; that read is recorded (OSL)
        inScope.stream().filter(i -> i.visibility == Visibility.SECRET && !masked.containsKey(i.id))
                .forEach(i -> {
                    if (!secretAccess.isCleared(who)) {
                        throw new ApiProblem(403, "secret-item", "Forbidden", "The request covers secret items;"
                                + " your roles are not cleared for secret items", null);
                    }
                    secretAccess.recordRead(i.id, actor);
                });
        Instant now = clock.now();
        List<ItemExport.Shown> released = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Item item : inScope) {
            ItemVersion version = versions.findVersion(item.id, item.currentVersion).orElseThrow();
            MaskingView m = masked.get(item.id);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("itemId", item.id.toString());
            entry.put("versionNo", version.versionNo);
            entry.put("contentSha256", version.contentSha256);
            if (m == null) {
                ItemExport.Shown shown = ItemExport.Shown.original(item, version);
                released.add(shown);
                files.put("json/" + item.id + ".json", write(ItemExport.json(shown)));
                for (MediaRef media : version.media) {
                    if (media.sha256 != null) {
                        files.putIfAbsent("media/" + media.sha256 + ItemExport.extension(media.mediaType),
                                ItemExport.read(store, media.sha256));
                    }
                }
                entry.put("masked", false);
            } else {
                files.put("json/" + item.id + "-maskerad.json", ItemExport.read(store, m.maskedJsonSha256()));
                files.put("pdfa/" + item.id + "-maskerad.pdf", ItemExport.read(store, m.maskedPdfSha256()));
                entry.put("masked", true);
                entry.put("maskedUnder", m.provision());
            }
            listed.add(entry);
        }
        if (!released.isEmpty()) {
            files.put("pdfa/utlamnande.pdf", PdfA.renderValidated(ItemExport.xhtml("Utlämnande " + requestId,
                    "Allmänna handlingar utlämnade ur Uppsikts arkiv, sammanställda " + now + " av " + actor + ".",
                    released)));
        }
        List<PackageView.PackageFile> manifestFiles = new ArrayList<>();
        files.forEach((path, bytes) -> manifestFiles.add(new PackageView.PackageFile(path, Sha256.of(bytes),
                bytes.length, mediaType(path))));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("requestId", requestId.toString());
        manifest.put("receivedAt", r.receivedAt.toString());
        manifest.put("assembledAt", now.toString());
        manifest.put("assembledBy", actor);
        manifest.put("hashAlgorithm", "SHA-256");
        manifest.put("items", listed);
        manifest.put("files", manifestFiles);
        byte[] manifestBytes = write(manifest);
        byte[] zip = zip(requestId, files, manifestBytes);
        String sha = store(zip, "application/zip");
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into disclosure_package (id, request_id, sha256, size_bytes, manifest_sha256,"
                + " item_count, masked_count, created_at, created_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, id).setParameter(2, requestId).setParameter(3, sha).setParameter(4, zip.length)
                .setParameter(5, Sha256.of(manifestBytes)).setParameter(6, inScope.size())
                .setParameter(7, masked.size()).setParameter(8, now).setParameter(9, actor).executeUpdate();
        Log.infof("Disclosure package %s for request %s: %d items, %d masked, %d bytes", id, requestId,
                inScope.size(), masked.size(), zip.length);
        return new PackageView(id, requestId, sha, zip.length, Sha256.of(manifestBytes), inScope.size(),
                masked.size(), manifestFiles, now, actor);
    }

    /** The zip of a package of the request. */
    public byte[] content(UUID requestId, UUID packageId) {
        @SuppressWarnings("unchecked")
        List<String> sha = em.createNativeQuery("select sha256 from disclosure_package where id = ?1 and"
                + " request_id = ?2").setParameter(1, packageId).setParameter(2, requestId).getResultList();
        if (sha.isEmpty()) {
            throw ApiProblem.notFound("Disclosure package", packageId);
        }
        return ItemExport.read(store, sha.get(0));
    }

    private String store(byte[] bytes, String mediaType) {
        String sha = blobs.write(bytes);
        blobs.record(sha, bytes.length, mediaType);
        return sha;
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static byte[] zip(UUID requestId, Map<String, byte[]> files, byte[] manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String root = "utlamnande-" + requestId + "/";
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(root + "manifest.json"));
            zip.write(manifest);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(root + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String mediaType(String path) {
        if (path.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (path.endsWith(".json")) {
            return "application/json";
        }
        return path.endsWith(".png") ? "image/png" : "application/octet-stream";
    }
}
