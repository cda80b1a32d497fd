package se.uppsikt.retention.record;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    private final RegistrationClient registrations;
    private final DisposalRunRepository runs;
    private final EntityManager em;
    private final ObjectMapper json;
    private final String registryUnit;
    private final String responsibleUnit;
    private final String classificationCode;
    private final boolean registerOnExecute;

    public RecordRegistrar(DisposalRecordService records, RegistrationClient registrations,
            DisposalRunRepository runs, EntityManager em, ObjectMapper json,
            @ConfigProperty(name = "retention.registration.registry-unit") String registryUnit,
            @ConfigProperty(name = "retention.registration.responsible-unit") String responsibleUnit,
            @ConfigProperty(name = "retention.registration.classification-code") String classificationCode,
            @ConfigProperty(name = "retention.registration.on-execute", defaultValue = "true") boolean registerOnExecute) {
        this.registerOnExecute = registerOnExecute;
        this.records = records;
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

    /** Sends the record; a failure is stored as NOT_SENT and retried by the poll job. */
    public void register(UUID runId) {
        try {
            DisposalRecord record = records.record(runId);
            RegistrationState state = registrations.register(request(record));
            store(runId, state);
        } catch (RuntimeException e) {
            Log.warnf("Disposal record of run %s not registered yet: %s", runId, e.getClass().getSimpleName());
            QuarkusTransaction.requiringNew().run(() -> {
                DisposalRun run = runs.findById(runId);
                if (run.registrationStatus == null) {
                    run.registrationStatus = "NOT_SENT";
                }
            });
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

    private RegistrationRequest request(DisposalRecord record) {
        byte[] content;
        try {
            content = json.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the disposal record could not be written as JSON", e);
        }
        byte[] pdf = RecordPdf.render(record);
        UUID authorityId = QuarkusTransaction.requiringNew().call(() -> em
                .find(RetentionDecision.class, record.decision().id()).authorityIds.stream().sorted().findFirst()
                .orElseThrow());
        String title = "Gallringsprotokoll " + record.decision().reference() + " " + record.runId();
        long disposed = record.outcomes().getOrDefault("DISPOSED", 0L);
        return new RegistrationRequest("retention:run:" + record.runId(), "retention-service", authorityId,
                registryUnit, null,
                new RegistrationRequest.NewCase("Gallring enligt " + record.decision().reference(), "GALLRING",
                        classificationCode),
                title, disposed + " handlingar gallrade enligt " + record.decision().reference() + ", godkänt av "
                        + record.approvedBy() + ", verkställt av " + record.executedBy(),
                "UPPRATTAD", LocalDate.ofInstant(record.executedAt(), java.time.ZoneId.of("Europe/Stockholm")), null,
                null, responsibleUnit,
                List.of(new RegistrationRequest.Attachment("gallringsprotokoll-" + record.runId() + ".pdf",
                        "application/pdf", Sha256.hex(pdf), Base64.getEncoder().encodeToString(pdf)),
                        new RegistrationRequest.Attachment("gallringsprotokoll-" + record.runId() + ".json",
                                "application/json", Sha256.hex(content),
                                Base64.getEncoder().encodeToString(content))),
                "retention:run:" + record.runId());
    }

}
