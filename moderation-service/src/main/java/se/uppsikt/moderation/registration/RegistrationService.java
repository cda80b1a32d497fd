package se.uppsikt.moderation.registration;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.moderation.audit.AuditLog;
import se.uppsikt.moderation.registration.api.RegistrationRequest;
import se.uppsikt.moderation.registration.api.RegistrationRequest.AttachmentRequest;
import se.uppsikt.moderation.registration.api.RegistrationSummary;
import se.uppsikt.moderation.registration.api.RegistrationView;

/**
 * Accepts registration requests into the outbox and lets registrars finish the ones the case system never took.
 * Delivery itself is {@link RegistrationDispatcher}'s job, after the caller's transaction has committed.
 */
@ApplicationScoped
public class RegistrationService {

    /** A document is dated in Swedish time: a message received at 00:30 on the 2nd is dated the 2nd. */
    private static final ZoneId LEGAL_TIME_ZONE = ZoneId.of("Europe/Stockholm");

    private final RegistrationRepository registrations;
    private final AuditLog audit;
    private final Clock clock;

    public RegistrationService(RegistrationRepository registrations, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Writes the request to the outbox in the caller's transaction (a decision and its registration commit together),
     * or returns the registration already made for the same source reference.
     */
    @Transactional
    public RegistrationView submit(RegistrationRequest request, String requestedBy) {
        validate(request);
        registrations.lockSourceReference(request.sourceReference());
        return registrations.findBySourceReference(request.sourceReference()).map(RegistrationView::of)
                .orElseGet(() -> RegistrationView.of(create(request, requestedBy)));
    }

    public RegistrationView get(UUID id) {
        return RegistrationView.of(find(id));
    }

    public PageView<RegistrationSummary> list(RegistrationStatus status, int page, int size) {
        List<RegistrationSummary> items = registrations.listByStatus(status, page, size).stream()
                .map(RegistrationSummary::of).toList();
        return new PageView<>(items, page, size, registrations.countByStatus(status));
    }

    /**
     * Stores the number a registrar entered by hand, or the case system sent back. A registered document keeps its
     * number: a second, different number would mean two entries for one handling.
     */
    @Transactional
    public RegistrationView complete(UUID id, String registrationNumber, String by) {
        Registration registration = registrations.lockForDelivery(id).orElseGet(() -> find(id));
        if (registration.status == RegistrationStatus.REGISTERED) {
            if (registration.registrationNumber.equals(registrationNumber.strip())) {
                return RegistrationView.of(registration);
            }
            throw ApiProblem.conflict("already-registered", "registration " + id + " is already registered as "
                    + registration.registrationNumber);
        }
        registration.registered(registrationNumber.strip(), clock.instant(), by);
        audit.record(by, "REGISTRATION_COMPLETED", "REGISTRATION", id, registration.registrationNumber);
        Log.infof("Registration %s (%s) completed by %s as %s", id, registration.sourceReference, by,
                registration.registrationNumber);
        return RegistrationView.of(registration);
    }

    private Registration find(UUID id) {
        return registrations.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Registration", id));
    }

    private Registration create(RegistrationRequest request, String requestedBy) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.sourceReference = request.sourceReference();
        r.sourceService = request.sourceService().strip();
        r.requestedBy = requestedBy;
        r.authorityId = request.authorityId();
        r.registryUnit = request.registryUnit().strip();
        r.caseNumber = blankToNull(request.caseNumber());
        if (request.newCase() != null) {
            r.newCaseTitle = request.newCase().title().strip();
            r.newCaseType = request.newCase().caseType().strip();
            r.newCaseClassification = blankToNull(request.newCase().classificationCode());
        }
        r.documentTitle = request.documentTitle().strip();
        r.direction = request.direction();
        r.documentDate = request.documentDate();
        r.responsibleUnit = blankToNull(request.responsibleUnit());
        r.externalReference = blankToNull(request.externalReference());
        if (request.secrecy() == null) {
            r.description = request.description().strip();
            r.counterparty = blankToNull(request.counterparty());
        } else {
            // OSL 5 kap. 2 § 2 st.: the public entry leaves out what would reveal the secret content.
            r.secrecyProvision = request.secrecy().provision().strip();
            r.protectedTitle = blankToNull(request.secrecy().protectedTitle());
            r.protectedDescription = request.description().strip();
            r.protectedCounterparty = blankToNull(request.counterparty());
            r.description = "Uppgifter utelämnade med stöd av " + r.secrecyProvision;
            r.counterparty = r.protectedCounterparty == null ? null : "Sekretess";
        }
        if (request.attachments() != null) {
            request.attachments().forEach(a -> r.attachments.add(attachment(a)));
        }
        r.status = RegistrationStatus.PENDING;
        r.createdAt = clock.instant();
        r.nextAttemptAt = r.createdAt;
        registrations.persist(r);
        Log.infof("Registration %s accepted for %s from %s", r.id, r.sourceReference, r.sourceService);
        return r;
    }

    private void validate(RegistrationRequest request) {
        boolean hasCase = request.caseNumber() != null && !request.caseNumber().isBlank();
        if (hasCase == (request.newCase() != null)) {
            throw ApiProblem.invalidField("caseNumber",
                    "give either caseNumber (join an existing case) or newCase (open one), not both and not neither");
        }
        if (request.direction() == Direction.INKOMMANDE
                && (request.counterparty() == null || request.counterparty().isBlank())) {
            throw ApiProblem.invalidField("counterparty", "counterparty is required for an incoming document: "
                    + "OSL 5 kap. 2 § asks who it came from (a name or a handle)");
        }
        if (request.documentDate().isAfter(LocalDate.now(clock.withZone(LEGAL_TIME_ZONE)))) {
            throw ApiProblem.invalidField("documentDate", "documentDate may not be in the future");
        }
        List<AttachmentRequest> attachments = request.attachments() == null ? List.of() : request.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            byte[] content = decode(attachments.get(i).contentBase64(), i);
            if (!sha256(content).equals(attachments.get(i).sha256())) {
                throw ApiProblem.invalidField("attachments[" + i + "].sha256",
                        "sha256 does not match the attachment's content: the file was changed or truncated");
            }
        }
    }

    private static Attachment attachment(AttachmentRequest request) {
        Attachment a = new Attachment();
        a.name = request.name().strip();
        a.mediaType = request.mediaType().strip();
        a.sha256 = request.sha256();
        a.content = Base64.getDecoder().decode(request.contentBase64());
        return a;
    }

    private static byte[] decode(String base64, int index) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("attachments[" + index + "].contentBase64",
                    "contentBase64 is not valid Base64");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
