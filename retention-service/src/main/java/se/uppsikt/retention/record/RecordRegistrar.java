package se.uppsikt.retention.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.uppsikt.retention.decision.RetentionDecision;
import se.uppsikt.retention.decision.Sha256;
import se.uppsikt.retention.registration.RegistrationClient;
import se.uppsikt.retention.registration.RegistrationRequest;
import se.uppsikt.retention.registration.RegistrationState;
import se.uppsikt.retention.run.DisposalRun;
import se.uppsikt.retention.run.DisposalRunRepository;
import se.uppsikt.retention.run.RunExecuted;

/**
 * Registers each disposal record in the diarium through moderation-service (requirement 55: the protokoll is kept
 * permanently) and keeps the registration number on the run. The source reference {@code retention:run:<id>} is the
 * idempotency key, so a registration that failed half-way is simply sent again by the poll job.
 */
@ApplicationScoped
public class RecordRegistrar {

    private final DisposalRecordService records;
    private final RecordItems items;
    private final RegistrationClient registrations;
    private final DisposalRunRepository runs;
    private final EntityManager em;
    private final ObjectMapper json;
    private final String registryUnit;
    private final String responsibleUnit;
    private final String classificationCode;
    private final boolean registerOnExecute;

    public RecordRegistrar(DisposalRecordService records, RecordItems items, RegistrationClient registrations,
            DisposalRunRepository runs, EntityManager em, ObjectMapper json,
            @ConfigProperty(name = "retention.registration.registry-unit") String registryUnit,
            @ConfigProperty(name = "retention.registration.responsible-unit") String responsibleUnit,
            @ConfigProperty(name = "retention.registration.classification-code") String classificationCode,
            @ConfigProperty(name = "retention.registration.on-execute", defaultValue = "true") boolean registerOnExecute) {
        this.registerOnExecute = registerOnExecute;
        this.records = records;
        this.items = items;
        this.registrations = registrations;
        this.runs = runs;
        this.em = em;
        this.json = json;
        this.registryUnit = registryUnit;
        this.responsibleUnit = responsibleUnit;
        this.classificationCode = classificationCode;
    }

    void onExecuted(@Observes RunExecuted executed) {
        // off, the poll job registers the record instead, outside the request that executed the run
        if (registerOnExecute) {
            register(executed.runId());
        }
    }

    /**
     * Sends the record; a failure is stored as NOT_SENT and retried by the poll job. The CSV list is written to a
     * temporary file while it is hashed, the PDF/A names that hash, and the request body is written to another file
     * with both attachments base64-streamed from disk: memory stays at one page of items whatever the run's size.
     */
    public void register(UUID runId) {
        Path list = null;
        Path pdf = null;
        Path body = null;
        try {
            RecordSummary summary = records.summary(runId);
            list = Files.createTempFile("gallringsprotokoll-", ".csv");
            RecordItems.ListFile listFile;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(list), 64 * 1024)) {
                listFile = items.writeCsv(runId, out);
            }
            byte[] pdfBytes = records.pdf(summary, listFile);
            pdf = Files.write(Files.createTempFile("gallringsprotokoll-", ".pdf"), pdfBytes);
            List<RegistrationRequest.Attachment> attachments = new ArrayList<>();
            attachments.add(new RegistrationRequest.Attachment("gallringsprotokoll-" + runId + ".pdf",
                    "application/pdf", Sha256.hex(pdfBytes), pdf));
            if (records.listAttached(listFile)) {
                attachments.add(new RegistrationRequest.Attachment(listFile.name(), "text/csv", listFile.sha256(),
                        list));
            }
            body = Files.createTempFile("registration-", ".json");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(body), 64 * 1024)) {
                request(summary, listFile, attachments).writeTo(json, out);
            }
            store(runId, registrations.register(body));
        } catch (IOException | RuntimeException e) {
            Log.warnf("Disposal record of run %s not registered yet: %s", runId, e.getClass().getSimpleName());
            QuarkusTransaction.requiringNew().run(() -> {
                DisposalRun run = runs.findById(runId);
                if (run.registrationStatus == null) {
                    run.registrationStatus = "NOT_SENT";
                }
            });
        } finally {
            delete(list);
            delete(pdf);
            delete(body);
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warnf("Temporary file %s of a disposal record could not be deleted: %s", file, e.getMessage());
        }
    }

    /** Asks the diarium how a PENDING registration stands; called by the poll job and when the record is read. */
    public void refresh(UUID runId) {
        DisposalRun run = QuarkusTransaction.requiringNew().call(() -> runs.findById(runId));
        if (run == null || !"PENDING".equals(run.registrationStatus) || run.registrationId == null) {
            return;
        }
        try {
            store(runId, registrations.state(run.registrationId));
        } catch (RuntimeException e) {
            Log.warnf("Registration of run %s could not be polled: %s", runId, e.getClass().getSimpleName());
        }
    }

    @Scheduled(every = "{retention.registration.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        List<DisposalRun> open = QuarkusTransaction.requiringNew().call(runs::registrationOpen);
        for (DisposalRun run : open) {
            if ("PENDING".equals(run.registrationStatus)) {
                refresh(run.id);
            } else {
                register(run.id);
            }
        }
    }

    private void store(UUID runId, RegistrationState state) {
        QuarkusTransaction.requiringNew().run(() -> {
            DisposalRun run = runs.findById(runId);
            run.registrationId = state.registrationId();
            run.registrationStatus = state.status();
            run.registrationNumber = state.registrationNumber();
        });
    }

    private RegistrationRequest request(RecordSummary record, RecordItems.ListFile list,
            List<RegistrationRequest.Attachment> attachments) {
        UUID authorityId = QuarkusTransaction.requiringNew().call(() -> em
                .find(RetentionDecision.class, record.decision().id()).authorityIds.stream().sorted().findFirst()
                .orElseThrow());
        String title = "Gallringsprotokoll " + record.decision().reference() + " " + record.runId();
        return new RegistrationRequest("retention:run:" + record.runId(), "retention-service", authorityId,
                registryUnit, null,
                new RegistrationRequest.NewCase("Gallring enligt " + record.decision().reference(), "GALLRING",
                        classificationCode),
                title, record.disposed() + " handlingar gallrade enligt " + record.decision().reference()
                        + ", godkänt av " + record.approvedBy() + ", verkställt av " + record.executedBy()
                        + ". Förteckning " + list.name() + " (" + list.rows() + " rader), SHA-256 " + list.sha256()
                        + (attachments.size() > 1 ? ", bifogad." : ", bevaras i Uppsikt."),
                "UPPRATTAD", LocalDate.ofInstant(record.executedAt(), ZoneId.of("Europe/Stockholm")), null,
                null, responsibleUnit, attachments, "retention:run:" + record.runId());
    }
}
