package se.uppsikt.moderation.reason;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.moderation.reason.api.CatalogueRequest;
import se.uppsikt.moderation.reason.api.CatalogueView;
import se.uppsikt.moderation.reason.api.ReasonRequest;

/** Reads the reason catalogue in force on a date and publishes new versions of it. */
@ApplicationScoped
public class ReasonCatalogueService {

    /** Swedish law comes into force at midnight Swedish time, not UTC. */
    static final ZoneId LEGAL_TIME_ZONE = ZoneId.of("Europe/Stockholm");

    private final ReasonCatalogueRepository catalogues;
    private final ReasonRepository reasons;
    private final Clock clock;

    public ReasonCatalogueService(ReasonCatalogueRepository catalogues, ReasonRepository reasons, Clock clock) {
        this.catalogues = catalogues;
        this.reasons = reasons;
        this.clock = clock;
    }

    /** The version in force on {@code on}, or today when no date is given. */
    public CatalogueView inForce(Optional<LocalDate> on) {
        LocalDate date = on.orElseGet(() -> LocalDate.now(clock.withZone(LEGAL_TIME_ZONE)));
        ReasonCatalogue catalogue = catalogues.findInForceOn(date).orElseThrow(() -> new ApiProblem(404,
                "not-found", "Not found", "No reason catalogue is in force on " + date, null));
        return view(catalogue);
    }

    public CatalogueView get(int version) {
        return catalogues.findByIdOptional(version).map(this::view)
                .orElseThrow(() -> ApiProblem.notFound("Reason catalogue version", version));
    }

    /**
     * Publishes a new version in force from {@code validFrom}; the previous latest version is closed the day before,
     * in the same transaction, so there is never a day without a catalogue or with two.
     */
    @Transactional
    public CatalogueView publish(CatalogueRequest request, String actor) {
        rejectDuplicateCodes(request.reasons());
        catalogues.lockForPublishing();
        Optional<ReasonCatalogue> latest = catalogues.findLatest();
        latest.filter(previous -> !request.validFrom().isAfter(previous.validFrom)).ifPresent(previous -> {
            throw ApiProblem.conflict("catalogue-not-newer", "validFrom " + request.validFrom()
                    + " must be after " + previous.validFrom + ", when the latest version "
                    + previous.version + " came into force; history is not rewritten");
        });
        latest.ifPresent(previous -> previous.validTo = request.validFrom().minusDays(1));

        ReasonCatalogue catalogue = new ReasonCatalogue();
        catalogue.version = latest.map(previous -> previous.version + 1).orElse(1);
        catalogue.validFrom = request.validFrom();
        catalogue.note = blankToNull(request.note());
        catalogue.publishedBy = actor;
        catalogue.publishedAt = clock.instant();
        catalogues.persist(catalogue);
        request.reasons().forEach(r -> reasons.persist(reason(catalogue.version, r)));
        reasons.flush();
        return view(catalogue);
    }

    private static void rejectDuplicateCodes(List<ReasonRequest> requested) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i).code();
            if (!seen.add(code)) {
                throw ApiProblem.invalidField("reasons[" + i + "].code",
                        "code " + code + " appears more than once in the catalogue");
            }
        }
    }

    private static Reason reason(int version, ReasonRequest r) {
        Reason reason = new Reason();
        reason.key = new ReasonKey(version, r.code());
        reason.group = r.group();
        reason.legalReference = r.legalReference().strip();
        reason.titleSv = r.titleSv().strip();
        reason.descriptionSv = blankToNull(r.descriptionSv());
        reason.specialEvidenceHandling = Boolean.TRUE.equals(r.specialEvidenceHandling());
        reason.motivationRequired = Boolean.TRUE.equals(r.motivationRequired());
        return reason;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private CatalogueView view(ReasonCatalogue catalogue) {
        return CatalogueView.of(catalogue, reasons.listByCatalogue(catalogue.version));
    }
}
