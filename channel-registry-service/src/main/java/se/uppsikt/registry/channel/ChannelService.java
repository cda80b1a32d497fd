package se.uppsikt.registry.channel;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;

import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;
import se.uppsikt.registry.archive.ArchiveClient;
import se.uppsikt.registry.archive.CaptureResult;
import se.uppsikt.registry.authority.Authority;
import se.uppsikt.registry.authority.AuthorityRepository;
import se.uppsikt.registry.catalogue.ReasonCatalogue;
import se.uppsikt.registry.catalogue.ReasonCatalogueClient;
import se.uppsikt.registry.channel.api.CaptureScheduleView;
import se.uppsikt.registry.channel.api.ChannelRequest;
import se.uppsikt.registry.channel.api.ChannelView;
import se.uppsikt.registry.channel.api.StatusChangeRequest;
import se.uppsikt.registry.history.ChangeRecord;
import se.uppsikt.registry.history.History;
import se.uppsikt.registry.history.api.ChangeView;

/** The channel register: registration, changes, the lifecycle and its rules (requirements 1–3, 5, 6, 8, 9, 11). */
@ApplicationScoped
public class ChannelService {

    /** SKR: capture at least every half-year. */
    static final String DEFAULT_CAPTURE_INTERVAL = "P6M";
    static final int DEFAULT_REVIEW_THRESHOLD_HOURS = 24;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ChannelRepository channels;
    private final AuthorityRepository authorities;
    private final History history;
    private final ReasonCatalogueClient catalogue;
    private final ArchiveClient archive;
    private final Clock clock;

    public ChannelService(ChannelRepository channels, AuthorityRepository authorities, History history,
            ReasonCatalogueClient catalogue, ArchiveClient archive, Clock clock) {
        this.channels = channels;
        this.authorities = authorities;
        this.history = history;
        this.catalogue = catalogue;
        this.archive = archive;
        this.clock = clock;
    }

    @Transactional
    public ChannelView register(ChannelRequest request, String actor) {
        Authority authority = authorityOf(request.authorityId());
        validate(request, null);
        ReasonCatalogue current = catalogue.inForce().orElse(null);
        Channel c = new Channel();
        c.id = UUID.randomUUID();
        c.status = ChannelStatus.PLANNED;
        apply(c, request, authority, current);
        Instant now = clock.instant();
        c.createdAt = now;
        c.createdBy = actor;
        c.updatedAt = now;
        channels.persist(c);
        ChannelView view = ChannelView.of(c, InformationText.status(c, current));
        history.created(ChangeRecord.EntityType.CHANNEL, c.id, actor, view);
        return view;
    }

    @Transactional
    public ChannelView replace(UUID id, ChannelRequest request, String actor) {
        Channel c = find(id);
        if (c.status == ChannelStatus.CLOSED) {
            throw ApiProblem.conflict("channel-closed", "Channel " + id + " is closed; its record is kept as it was");
        }
        Authority authority = authorityOf(request.authorityId());
        validate(request, id);
        ReasonCatalogue current = catalogue.inForce().orElse(null);
        ChannelView before = ChannelView.of(c, null);
        apply(c, request, authority, current);
        if (c.status == ChannelStatus.ACTIVE) {
            // An open channel may not lose what its users must be told.
            requireCompleteInformation(c, current);
        }
        c.updatedAt = clock.instant();
        ChannelView after = ChannelView.of(c, InformationText.status(c, current));
        history.changed(ChangeRecord.EntityType.CHANNEL, c.id, actor, before, ChannelView.of(c, null));
        return after;
    }

    @Transactional
    public ChannelView changeStatus(UUID id, StatusChangeRequest request, String actor) {
        Channel c = find(id);
        ChannelStatus target = request.status();
        if (!c.status.next().contains(target)) {
            throw ApiProblem.conflict("invalid-transition",
                    "A channel cannot go from " + c.status + " to " + target + "; allowed: " + c.status.next());
        }
        ReasonCatalogue current = null;
        if (target == ChannelStatus.ACTIVE) {
            current = catalogue.inForce().orElseThrow(() -> ApiProblem.dependencyUnavailable(
                    "reason-catalogue-unavailable",
                    "The reason catalogue could not be read, so the information text cannot be checked; try again"));
            requireCompleteInformation(c, current);
            if (c.firstActivatedAt == null) {
                c.firstActivatedAt = clock.instant();
            }
            if (c.startDate == null) {
                c.startDate = today();
            }
        }
        if (target == ChannelStatus.CLOSED && c.firstActivatedAt != null) {
            CaptureResult capture = archive.finalCapture(c.id).orElseThrow(() -> ApiProblem.conflict(
                    "final-capture-not-confirmed",
                    "The archive did not confirm a final capture of the channel, so it stays " + c.status
                            + "; nothing was changed"));
            c.finalCaptureId = capture.id();
            c.lastCaptureId = capture.id();
            c.lastCaptureAt = clock.instant();
        }
        if (target == ChannelStatus.CLOSED && c.endDate == null) {
            c.endDate = today();
        }
        ChannelStatus from = c.status;
        c.status = target;
        c.updatedAt = clock.instant();
        history.statusChanged(c.id, actor, from.name(), target.name(), request.note());
        return ChannelView.of(c, current == null
                ? InformationText.status(c, catalogue.inForce().orElse(null))
                : InformationText.status(c, current));
    }

    public ChannelView get(UUID id) {
        Channel c = find(id);
        return ChannelView.of(c, InformationText.status(c, catalogue.inForce().orElse(null)));
    }

    public PageView<ChannelView> list(List<ChannelStatus> statuses, int page, int size) {
        var query = channels.inStatuses(statuses.isEmpty() ? List.of(ChannelStatus.values()) : statuses)
                .page(Page.of(page, size));
        ReasonCatalogue current = catalogue.inForce().orElse(null);
        return new PageView<>(query.list().stream().map(c -> ChannelView.of(c, InformationText.status(c, current)))
                .toList(), page, size, query.count());
    }

    public List<ChangeView> history(UUID id) {
        find(id);
        return history.of(ChangeRecord.EntityType.CHANNEL, id);
    }

    /** Channels the archive must capture: active and paused ones (a paused channel still holds records). */
    public List<CaptureScheduleView> captureSchedules() {
        return channels.inStatuses(List.of(ChannelStatus.ACTIVE, ChannelStatus.PAUSED)).stream()
                .map(CaptureScheduleView::of).toList();
    }

    private void requireCompleteInformation(Channel c, ReasonCatalogue current) {
        var missing = InformationText.missing(c, current);
        if (!missing.isEmpty()) {
            throw ApiProblem.incomplete("information-incomplete",
                    "The channel cannot be active before its users are told what BBS-lagen 3 § and E-delegationen's"
                            + " guideline 10 require; " + missing.size() + " part(s) missing",
                    missing);
        }
    }

    private Channel find(UUID id) {
        return channels.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Channel", id));
    }

    private Authority authorityOf(UUID authorityId) {
        return authorities.findByIdOptional(authorityId).orElseThrow(
                () -> ApiProblem.invalidField("authorityId", "authority " + authorityId + " is not registered"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(STOCKHOLM));
    }

    private void validate(ChannelRequest r, UUID self) {
        String handleProblem = r.platform().handleProblem(r.handle().strip());
        if (handleProblem != null) {
            throw ApiProblem.invalidField("handle", handleProblem);
        }
        URI url;
        try {
            url = new URI(r.url().strip());
        } catch (java.net.URISyntaxException e) {
            throw ApiProblem.invalidField("url", "url is not a valid URL");
        }
        String urlProblem = r.platform().urlProblem(url, r.handle().strip());
        if (urlProblem != null) {
            throw ApiProblem.invalidField("url", urlProblem);
        }
        if (r.startDate() != null && r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            throw ApiProblem.invalidField("endDate", "endDate cannot be before startDate");
        }
        if (r.captureSchedule() != null) {
            validateSchedule(r.captureSchedule().interval(), r.captureSchedule().cron());
        }
        if (r.information() != null) {
            validateHttps(r.information().userInformationUrl(), "information.userInformationUrl");
            validateHttps(r.information().privacyNoticeUrl(), "information.privacyNoticeUrl");
        }
        validateHttps(r.jointControllerNoticeUrl(), "jointControllerNoticeUrl");
        channels.findByPlatformAndHandle(r.platform(), r.handle().strip()).filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("channel-exists", r.platform() + " handle '" + r.handle().strip()
                            + "' is already registered as channel " + other.id);
                });
    }

    private static void validateSchedule(String interval, String cron) {
        if (interval != null && !interval.isBlank()) {
            try {
                Period p = Period.parse(interval);
                if (p.isNegative() || p.isZero()) {
                    throw ApiProblem.invalidField("captureSchedule.interval", "interval must be positive");
                }
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalidField("captureSchedule.interval",
                        "interval must be an ISO-8601 period such as P6M or P1W");
            }
        }
        if (cron != null && !cron.isBlank()) {
            int fields = cron.strip().split("\\s+").length;
            if (fields < 6 || fields > 7) {
                throw ApiProblem.invalidField("captureSchedule.cron",
                        "cron must be a Quartz expression with 6 or 7 fields, e.g. \"0 0 3 1 1,7 ?\"");
            }
        }
    }

    private static void validateHttps(String value, String field) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw ApiProblem.invalidField(field, field + " must be an https URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw ApiProblem.invalidField(field, field + " is not a valid URL");
        }
    }

    private void apply(Channel c, ChannelRequest r, Authority authority, ReasonCatalogue current) {
        c.authorityId = authority.id;
        c.platform = r.platform();
        c.handle = r.handle().strip();
        c.url = r.url().strip();
        c.name = r.name().strip();
        c.purpose = r.purpose().strip();
        c.capacity = r.capacity();
        c.dialogueEnabled = r.dialogueEnabled();
        c.responsibleName = r.responsible().name().strip();
        c.responsibleFunction = r.responsible().function().strip();
        c.responsibleEmail = r.responsible().email().strip();
        c.responsibleNamePublic = r.responsible().namePublic();
        c.deputyName = r.deputy().name().strip();
        c.deputyFunction = r.deputy().function().strip();
        c.deputyEmail = r.deputy().email().strip();
        c.deputyNamePublic = r.deputy().namePublic();
        c.supervisionPromise = r.supervisionPromise().strip();
        c.reviewThresholdHours = r.reviewThresholdHours() == null
                ? DEFAULT_REVIEW_THRESHOLD_HOURS
                : r.reviewThresholdHours();
        var schedule = r.captureSchedule();
        boolean noSchedule = schedule == null || blank(schedule.interval()) && blank(schedule.cron());
        c.captureInterval = noSchedule ? DEFAULT_CAPTURE_INTERVAL : emptyToNull(schedule.interval());
        c.captureCron = noSchedule ? null : emptyToNull(schedule.cron());
        c.captureScope = schedule == null || schedule.scope() == null ? CaptureScope.ITEMS : schedule.scope();
        c.classificationCode = emptyToNull(r.classificationCode());
        c.retentionDecisionRefs = r.retentionDecisionRefs() == null
                ? new ArrayList<>()
                : new ArrayList<>(r.retentionDecisionRefs().stream().map(String::strip).toList());
        c.termsReviewedOn = r.termsReview() == null ? null : r.termsReview().reviewedOn();
        c.termsReviewedBy = r.termsReview() == null ? null : r.termsReview().reviewedBy().strip();
        c.termsRiskNote = r.termsReview() == null ? null : emptyToNull(r.termsReview().riskNote());
        // The CJEU (C-210/16) made page administrators joint controllers with the platform: assume so unless told.
        c.jointController = r.jointController() == null || r.jointController();
        c.jointControllerNoticeUrl = emptyToNull(r.jointControllerNoticeUrl());
        c.startDate = r.startDate() != null ? r.startDate() : c.startDate;
        c.endDate = r.endDate() != null ? r.endDate() : c.endDate;
        var info = r.information();
        c.infoUserInformationUrl = info == null ? null : emptyToNull(info.userInformationUrl());
        c.infoPrivacyNoticeUrl = info == null ? null : emptyToNull(info.privacyNoticeUrl());
        c.infoIdentity = info == null ? null : emptyToNull(info.identity());
        c.infoVisibility = info == null ? null : emptyToNull(info.visibility());
        c.infoPublicRecord = info == null ? null : emptyToNull(info.publicRecord());
        c.infoProhibitedCodes = info == null || info.prohibitedContentCodes() == null
                ? new ArrayList<>()
                : new ArrayList<>(info.prohibitedContentCodes().stream().map(String::strip).distinct().toList());
        c.infoOwnRules = info == null ? null : emptyToNull(info.ownRules());
        c.infoBreachMeasures = info == null ? null : emptyToNull(info.breachMeasures());
        if (!c.infoProhibitedCodes.isEmpty()) {
            // Saving the list is confirming it against the catalogue in force today (requirement 3).
            c.infoConfirmedOn = today();
        }
        String text = info == null ? null : emptyToNull(info.text());
        c.infoText = text != null ? text : InformationText.compose(c, authority.name, current);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
