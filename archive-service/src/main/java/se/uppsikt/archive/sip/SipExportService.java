package se.uppsikt.archive.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roda_project.commons_ip.utils.IPException;
import org.roda_project.commons_ip.utils.METSEnums;
import org.roda_project.commons_ip2.model.IPAgent;
import org.roda_project.commons_ip2.model.IPAgentNoteTypeEnum;
import org.roda_project.commons_ip2.model.IPContentInformationType;
import org.roda_project.commons_ip2.model.IPContentType;
import org.roda_project.commons_ip2.model.IPDescriptiveMetadata;
import org.roda_project.commons_ip2.model.IPFile;
import org.roda_project.commons_ip2.model.IPMetadata;
import org.roda_project.commons_ip2.model.IPRepresentation;
import org.roda_project.commons_ip2.model.MetadataType;
import org.roda_project.commons_ip2.model.SIP;
import org.roda_project.commons_ip2.model.impl.eark.EARKSIP;
import org.roda_project.commons_ip2.model.impl.eark.out.writers.strategy.WriteStrategy;
import org.roda_project.commons_ip2.model.impl.eark.out.writers.strategy.ZipWriteStrategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;

import se.uppsikt.archive.blob.BlobStore;
import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.disclosure.DeadlineClock;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.item.ItemVersionRepository;
import se.uppsikt.archive.item.MediaRef;
import se.uppsikt.archive.item.SqlTimes;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.sip.api.SipExportRequest;
import se.uppsikt.archive.sip.api.SipExportView;
import se.uppsikt.archive.transfer.EArchiveTarget;
import se.uppsikt.archive.transfer.Receipt;
import se.uppsikt.archive.transfer.TransferFailedException;
import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.pdfa.PdfA;

/**
 * Builds E-ARK SIP 2.1 packages (FGS Paketstruktur 2.0) of one channel and period with commons-ip2, validates each with
 * commons-ip2's validator, and transfers valid ones to the e-arkiv (domain requirements 38-43).
 * <p>
 * A package that fails validation is recorded as INVALID and kept for inspection, and can never be transferred; the
 * validation is repeated on the stored zip right before every transfer, so a package damaged while waiting is caught
 * too. Packages that wait longer than {@code archive.sip.transfer-alert-after} raise an alert once.
 */
@ApplicationScoped
public class SipExportService {

    private static final String CONTENT_INFORMATION_TYPE = "social-media-capture";

    private final SipExportRepository exports;
    private final ItemRepository items;
    private final ItemVersionRepository versions;
    private final BlobStore store;
    private final EntityManager em;
    private final SipValidator validator;
    private final EArchiveTarget target;
    private final DeadlineClock clock;
    private final ObjectMapper json;
    private final Counter overdueAlerts;
    private final Path workDirectory;
    private final Duration alertAfter;
    private final Set<ItemKind> disposableKinds;
    private final String software;
    private final String softwareVersion;
    private final ArchivalCreators creators;
    private final String submitter;

    public SipExportService(SipExportRepository exports, ItemRepository items, ItemVersionRepository versions,
            BlobStore store, EntityManager em, SipValidator validator, EArchiveTarget target, DeadlineClock clock,
            ObjectMapper json, MeterRegistry meters, ArchivalCreators creators,
            @ConfigProperty(name = "archive.sip.work-directory") Path workDirectory,
            @ConfigProperty(name = "archive.sip.transfer-alert-after", defaultValue = "PT24H") Duration alertAfter,
            @ConfigProperty(name = "archive.sip.disposable-kinds", defaultValue = "COMMENT,REPLY,DIRECT_MESSAGE") Set<ItemKind> disposableKinds,
            @ConfigProperty(name = "quarkus.application.name") String software,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String softwareVersion,
            @ConfigProperty(name = "archive.sip.submitting-agent") String submitter) {
        this.exports = exports;
        this.items = items;
        this.versions = versions;
        this.store = store;
        this.em = em;
        this.validator = validator;
        this.target = target;
        this.clock = clock;
        this.json = json;
        this.overdueAlerts = Counter.builder("uppsikt.sip.transfer.overdue")
                .description("E-arkiv packages that were not transferred within archive.sip.transfer-alert-after")
                .register(meters);
        this.workDirectory = workDirectory;
        this.alertAfter = alertAfter;
        this.disposableKinds = disposableKinds;
        this.software = software;
        this.softwareVersion = softwareVersion;
        this.creators = creators;
        this.submitter = submitter;
    }

    /** Builds and validates the package of one channel and period; the build itself runs outside a transaction. */
    public SipExportView create(SipExportRequest request, String actor) {
        if (!request.periodTo().isAfter(request.periodFrom())) {
            throw ApiProblem.invalidField("periodTo", "periodTo must be after periodFrom");
        }
        // asked before the transaction: the registry may be slow, and the package must not hold a connection for it
        SipContent.ArchivalCreator creator = creators.of(request.channelId());
        SipContent content = QuarkusTransaction.requiringNew().call(() -> gather(request, creator));
        if (content.items().isEmpty()) {
            throw ApiProblem.invalidField("channelId", "channel " + request.channelId()
                    + " has no archived items published in that period");
        }
        UUID id = UUID.randomUUID();
        String packageId = "uuid-" + id;
        Instant now = clock.now();
        SipDocuments.Indications indications = new SipDocuments.Indications(
                content.items().stream().anyMatch(i -> disposableKinds.contains(i.kind)),
                content.items().stream().anyMatch(i -> i.visibility != Visibility.PUBLIC),
                content.items().stream().anyMatch(i -> i.direction == Direction.INBOUND
                        || i.kind == ItemKind.DIRECT_MESSAGE));
        Path zip;
        List<String> representations = new ArrayList<>();
        try {
            zip = build(packageId, content, indications, now, representations);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build package " + packageId, e);
        }
        SipValidator.Result validation = validator.validate(zip);
        Log.infof("SIP %s: %d items, %d bytes, valid=%s in %d ms", packageId, content.items().size(), size(zip),
                validation.valid(), validation.millis());
        return QuarkusTransaction.requiringNew().call(() -> {
            SipExport e = new SipExport();
            e.id = id;
            e.packageId = packageId;
            e.channelId = request.channelId();
            e.periodFrom = content.periodFrom();
            e.periodTo = content.periodTo();
            e.itemCount = content.items().size();
            e.representations = String.join(",", representations);
            e.mayContainDisposable = indications.mayContainDisposable();
            e.containsSecret = indications.containsSecret();
            e.containsPersonalData = indications.containsPersonalData();
            e.sizeBytes = size(zip);
            e.sha256 = hash(zip);
            record(e, validation);
            e.createdAt = now;
            e.createdBy = actor;
            exports.persist(e);
            event(e.id, "BUILT", now, "E-ARK SIP " + SipValidator.EARK_VERSION + " built: " + e.itemCount
                    + " items, representations " + e.representations + ", " + e.sizeBytes + " bytes");
            event(e.id, validation.valid() ? "VALIDATED" : "VALIDATION_FAILED", now, validation.summary());
            return SipExportView.of(e);
        });
    }

    public SipExportView get(UUID id) {
        return exports.findByIdOptional(id).map(SipExportView::of)
                .orElseThrow(() -> ApiProblem.notFound("SIP export", id));
    }

    public PageView<SipExportView> list(int page, int size) {
        var query = exports.newestFirst().page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(SipExportView::of).toList(), page, size, query.count());
    }

    public List<SipExportView.Event> events(UUID id) {
        get(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, at, detail from sip_export_event where export_id = ?1"
                + " order by at, id").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new SipExportView.Event((String) r[0], SqlTimes.instant(r[1]), (String) r[2]))
                .toList();
    }

    /**
     * Re-validates the stored zip and delivers it. An invalid package is refused (409) and never reaches the target.
     */
    public SipExportView transfer(UUID id, String actor) {
        SipExport export = QuarkusTransaction.requiringNew().call(() -> exports.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("SIP export", id)));
        requireTransferable(export);
        Path zip = zipPath(export.packageId);
        SipValidator.Result validation = validator.validate(zip);
        if (!validation.valid()) {
            QuarkusTransaction.requiringNew().run(() -> {
                SipExport e = exports.findByIdForUpdate(id).orElseThrow();
                record(e, validation);
                event(id, "VALIDATION_FAILED", clock.now(), "before transfer: " + validation.summary());
            });
            throw ApiProblem.conflict("sip-invalid", "Package " + export.packageId + " failed E-ARK validation"
                    + " before transfer and was not transferred: " + validation.summary());
        }
        Receipt receipt;
        try {
            receipt = target.deliver(zip, export.packageId, hash(zip));
        } catch (TransferFailedException e) {
            QuarkusTransaction.requiringNew().run(() -> event(id, "TRANSFER_FAILED", clock.now(), e.getMessage()));
            throw ApiProblem.dependencyUnavailable("e-arkiv-transfer-failed", "Package " + export.packageId
                    + " could not be transferred: " + e.getMessage());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            SipExport e = exports.findByIdForUpdate(id).orElseThrow();
            requireTransferable(e);
            e.status = SipStatus.TRANSFERRED;
            e.transferredAt = receipt.deliveredAt();
            e.transferredBy = actor;
            e.transferTarget = receipt.target();
            e.receipt = write(receipt);
            event(id, "TRANSFERRED", receipt.deliveredAt(), e.receipt);
            return SipExportView.of(e);
        });
    }

    /**
     * Alerts once for every valid package that has waited longer than the configured time: an event row and the
     * counter {@code uppsikt_sip_transfer_overdue_total}. Returns the packages alerted about.
     */
    public List<UUID> alertOverdue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.now();
            List<UUID> alerted = new ArrayList<>();
            for (SipExport e : exports.overdue(now.minus(alertAfter))) {
                e.overdueAlertedAt = now;
                event(e.id, "TRANSFER_OVERDUE", now, "Package " + e.packageId + " built " + e.createdAt
                        + " has not been transferred to the e-arkiv within " + alertAfter);
                overdueAlerts.increment();
                Log.warnf("E-arkiv package %s (channel %s) not transferred since %s", e.packageId, e.channelId,
                        e.createdAt);
                alerted.add(e.id);
            }
            return alerted;
        });
    }

    /** The stored zip of a package. */
    public Path zip(UUID id) {
        SipExport e = exports.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("SIP export", id));
        return zipPath(e.packageId);
    }

    private static void requireTransferable(SipExport e) {
        if (e.status == SipStatus.INVALID) {
            throw ApiProblem.conflict("sip-invalid", "Package " + e.packageId + " failed E-ARK validation and is"
                    + " never transferred: " + e.validationSummary);
        }
        if (e.status == SipStatus.TRANSFERRED) {
            throw ApiProblem.conflict("sip-already-transferred", "Package " + e.packageId + " was transferred at "
                    + e.transferredAt + " to " + e.transferTarget);
        }
    }

    private static void record(SipExport e, SipValidator.Result validation) {
        e.valid = validation.valid();
        e.status = validation.valid() ? SipStatus.VALID : SipStatus.INVALID;
        e.validationErrors = validation.errors();
        e.validationWarnings = validation.warnings();
        e.validationMillis = validation.millis();
        e.validationSummary = validation.summary();
    }

    private void event(UUID exportId, String kind, Instant at, String detail) {
        em.createNativeQuery("insert into sip_export_event (id, export_id, kind, at, detail) values (?1, ?2, ?3, ?4,"
                + " ?5)").setParameter(1, UUID.randomUUID()).setParameter(2, exportId).setParameter(3, kind)
                .setParameter(4, at).setParameter(5, detail.length() > 4000 ? detail.substring(0, 4000) : detail)
                .executeUpdate();
    }

    private SipContent gather(SipExportRequest request, SipContent.ArchivalCreator creator) {
        Instant from = request.periodFrom();
        Instant to = request.periodTo();
        List<Item> found = items.find("channelId = ?1 and platformCreatedAt >= ?2 and platformCreatedAt < ?3"
                + " order by platformCreatedAt, id", request.channelId(), from, to).list();
        List<UUID> ids = found.stream().map(i -> i.id).toList();
        List<ItemVersion> allVersions = ids.isEmpty()
                ? List.of()
                : versions.find("itemId in ?1 order by itemId, versionNo", ids).list();
        allVersions.forEach(v -> v.media.size());
        List<SipContent.Rendition> renditions = new ArrayList<>();
        List<SipContent.Evidence> evidence = new ArrayList<>();
        List<SipContent.Removal> removals = new ArrayList<>();
        List<SipContent.Fixity> fixity = new ArrayList<>();
        if (!ids.isEmpty()) {
            rows("select distinct r.id, r.item_id, r.sha256, r.profile, r.created_at from rendition r join"
                    + " rendition_item ri on ri.rendition_id = r.id where r.valid and ri.item_id in (:ids)"
                    + " order by r.created_at, r.id", ids)
                    .forEach(r -> renditions.add(new SipContent.Rendition((UUID) r[0], (UUID) r[1], (String) r[2],
                            (String) r[3], SqlTimes.instant(r[4]))));
            // evidence: items under a MODERATION_EVIDENCE hold, named or through the channel and period
            rows("select h.id, h.reference, h.description, h.placed_at, h.placed_by, i.id from hold h join item i"
                    + " on i.id in (:ids) where h.reason = 'MODERATION_EVIDENCE' and (exists (select 1 from hold_item"
                    + " hi where hi.hold_id = h.id and hi.item_id = i.id) or exists (select 1 from hold_channel hc"
                    + " where hc.hold_id = h.id and hc.channel_id = i.channel_id and (h.period_from is null or"
                    + " i.platform_created_at >= h.period_from) and (h.period_to is null or i.platform_created_at"
                    + " <= h.period_to))) order by h.placed_at, i.id", ids)
                    .forEach(r -> evidence.add(new SipContent.Evidence((UUID) r[0], (String) r[1], (String) r[2],
                            SqlTimes.instant(r[3]), (String) r[4], (UUID) r[5])));
            rows("select 'TAKEDOWN', subject_id, detail, recorded_at, recorded_by from chain_entry where kind ="
                    + " 'TAKEDOWN' and subject_id in (:ids) union all select 'VISIBILITY_CHANGED', item_id,"
                    + " from_visibility || ' -> ' || to_visibility || ': ' || reason, changed_at, changed_by from"
                    + " visibility_change where item_id in (:ids) order by 4", ids)
                    .forEach(r -> removals.add(new SipContent.Removal((String) r[0], (UUID) r[1], (String) r[2],
                            SqlTimes.instant(r[3]), (String) r[4])));
            List<String> blobs = new ArrayList<>();
            allVersions.forEach(v -> {
                if (v.rawSha256 != null) {
                    blobs.add(v.rawSha256);
                }
                v.media.stream().filter(m -> m.sha256 != null).forEach(m -> blobs.add(m.sha256));
            });
            if (!blobs.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Object[]> checks = em.createNativeQuery("select sha256, outcome, checked_at from fixity_check"
                        + " where sha256 in (:blobs) order by checked_at").setParameter("blobs", blobs)
                        .getResultList();
                checks.forEach(r -> fixity.add(new SipContent.Fixity((String) r[0], (String) r[1],
                        SqlTimes.instant(r[2]))));
            }
        }
        found.forEach(em::detach);
        allVersions.forEach(em::detach);
        return new SipContent(request.channelId(), from, to, found, allVersions, renditions, evidence, removals,
                fixity, creator);
    }

    private List<Object[]> rows(String sql, List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        return rows;
    }

    private Path build(String packageId, SipContent c, SipDocuments.Indications indications, Instant now,
            List<String> representations) throws IOException {
        Files.createDirectories(workDirectory);
        Path staging = Files.createTempDirectory(workDirectory, "staging-");
        try {
            Map<String, String> hashes = new LinkedHashMap<>();
            String label = c.items().get(0).platform + " kanal " + c.channelId() + ", " + c.periodFrom() + " – "
                    + c.periodTo();
            IPContentInformationType contentInformation = new IPContentInformationType("OTHER")
                    .setOtherType(CONTENT_INFORMATION_TYPE);
            SIP sip = new EARKSIP(packageId, IPContentType.getMIXED(), contentInformation, SipValidator.EARK_VERSION);
            sip.setDescription(label);
            sip.addCreatorSoftwareAgent(software, softwareVersion);
            sip.addAgent(new IPAgent(c.creator().name(), "ARCHIVIST", null, METSEnums.CreatorType.ORGANIZATION, null,
                    c.creator().organisationNumber(), IPAgentNoteTypeEnum.IDENTIFICATIONCODE));
            sip.addSubmitterAgent(submitter, c.creator().organisationNumber());

            // rep-structured: items as XML, raw platform JSON of every version, media files
            IPRepresentation structured = representation("rep-structured", contentInformation);
            List<ItemExport.Shown> shown = c.items().stream()
                    .map(i -> ItemExport.Shown.original(i, c.current(i))).toList();
            addFile(structured, staging, "items.xml", List.of(),
                    ItemExport.xml(shown, now).getBytes(java.nio.charset.StandardCharsets.UTF_8), hashes);
            for (ItemVersion v : c.versions()) {
                if (v.rawSha256 != null) {
                    addFile(structured, staging, v.itemId + "-v" + v.versionNo + ".json", List.of("raw"),
                            blob(v.rawSha256), hashes);
                }
                for (MediaRef m : v.media) {
                    if (m.sha256 != null && hashes.keySet().stream().noneMatch(p -> p.contains(m.sha256))) {
                        addFile(structured, staging, m.sha256 + ItemExport.extension(m.mediaType), List.of("media"),
                                blob(m.sha256), hashes);
                    }
                }
            }
            // rep-pdfa: the period as one validated PDF/A, and the renditions made earlier of its items
            IPRepresentation pdfa = representation("rep-pdfa", contentInformation);
            byte[] periodPdf = PdfA.renderValidated(ItemExport.xhtml(label, "Återgivning av kanalens poster för"
                    + " perioden, framställd " + now + " för leverans till e-arkivet.", shown));
            addFile(pdfa, staging, "period.pdf", List.of(), periodPdf, hashes);
            for (SipContent.Rendition r : c.renditions()) {
                addFile(pdfa, staging, "rendition-" + r.id() + ".pdf", List.of("renditions"), blob(r.sha256()),
                        hashes);
            }
            List<IPRepresentation> reps = new ArrayList<>(List.of(structured, pdfa));
            // rep-moderation: only when the period holds evidence or removals
            if (c.hasModeration()) {
                IPRepresentation moderation = representation("rep-moderation", contentInformation);
                addFile(moderation, staging, "removals.xml", List.of(),
                        SipDocuments.removals(c).getBytes(java.nio.charset.StandardCharsets.UTF_8), hashes);
                List<ItemExport.Shown> evidence = new ArrayList<>();
                for (UUID itemId : c.evidence().stream().map(SipContent.Evidence::itemId).distinct().toList()) {
                    Item item = c.items().stream().filter(i -> i.id.equals(itemId)).findFirst().orElseThrow();
                    ItemExport.Shown s = ItemExport.Shown.original(item, c.current(item));
                    evidence.add(s);
                    addFile(moderation, staging, itemId + ".json", List.of("evidence"), write(ItemExport.json(s))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8), hashes);
                }
                if (!evidence.isEmpty()) {
                    addFile(moderation, staging, "evidence.pdf", List.of("evidence"),
                            PdfA.renderValidated(ItemExport.xhtml("Bevis – " + label, "Poster som säkrats som bevis"
                                    + " för modereringsbeslut.", evidence)),
                            hashes);
                }
                reps.add(moderation);
            }
            for (IPRepresentation rep : reps) {
                sip.addRepresentation(rep);
                representations.add(rep.getRepresentationID());
            }

            Path ead = write(staging.resolve("ead.xml"), SipDocuments.ead(packageId, label, c, indications, now));
            sip.addDescriptiveMetadata(new IPDescriptiveMetadata(new IPFile(ead),
                    new MetadataType(MetadataType.MetadataTypeEnum.EAD), "2002"));
            Path premis = write(staging.resolve("premis.xml"), SipDocuments.premis(packageId, c, hashes,
                    software + " " + softwareVersion, "PDF/A-2B", now));
            sip.addPreservationMetadata(new IPMetadata(new IPFile(premis),
                    new MetadataType(MetadataType.MetadataTypeEnum.PREMIS)));
            sip.addSchema(new IPFile(write(staging.resolve("uppsikt-archive-items.xsd"), ItemExport.ITEMS_XSD)));
            sip.addDocumentation(new IPFile(write(staging.resolve("capture-method.txt"),
                    SipDocuments.captureMethod(c, software + " " + softwareVersion, now))));
            sip.setChecksum("SHA-256");

            WriteStrategy strategy = new ZipWriteStrategy();
            strategy.setup(workDirectory);
            Path built = sip.build(strategy);
            Path zip = zipPath(packageId);
            if (!built.equals(zip)) {
                Files.move(built, zip);
            }
            return zip;
        } catch (IPException e) {
            throw new IllegalStateException("commons-ip2 could not build " + packageId + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + packageId, e);
        } finally {
            deleteTree(staging);
        }
    }

    private static IPRepresentation representation(String id, IPContentInformationType contentInformation) {
        IPRepresentation rep = new IPRepresentation(id);
        rep.setContentType(IPContentType.getMIXED());
        rep.setContentInformationType(contentInformation);
        return rep;
    }

    /** Stages one data file and remembers its hash for PREMIS, under its path inside the package. */
    private static void addFile(IPRepresentation rep, Path staging, String name, List<String> folders, byte[] bytes,
            Map<String, String> hashes) throws IOException {
        Path dir = staging.resolve(rep.getRepresentationID());
        for (String folder : folders) {
            dir = dir.resolve(folder);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        rep.addFile(new IPFile(file, folders));
        hashes.put("representations/" + rep.getRepresentationID() + "/data/"
                + (folders.isEmpty() ? "" : String.join("/", folders) + "/") + name, Sha256.of(bytes));
    }

    /** A blob's bytes, re-hashed against its name: a changed blob stops the packaging (PREMIS fixity event). */
    private byte[] blob(String sha256) {
        byte[] bytes = ItemExport.read(store, sha256);
        String actual = Sha256.of(bytes);
        if (!actual.equals(sha256)) {
            throw ApiProblem.conflict("fixity-failure", "Blob " + sha256 + " now hashes to " + actual
                    + "; the package is not built. Run the fixity check and restore the blob.");
        }
        return bytes;
    }

    private Path zipPath(String packageId) {
        return workDirectory.resolve(packageId + ".zip");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            Log.warnf("Could not remove staging directory %s: %s", root, e.getMessage());
        }
    }
}
