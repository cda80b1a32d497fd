package se.uppsikt.archive.disclosure;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;

import se.uppsikt.archive.disclosure.api.AppealDecisionRequest;
import se.uppsikt.archive.disclosure.api.AppealRequest;
import se.uppsikt.archive.disclosure.api.DecisionRequest;
import se.uppsikt.archive.disclosure.api.DisclosureRegistration;
import se.uppsikt.archive.disclosure.api.DisclosureScope;
import se.uppsikt.archive.disclosure.api.DisclosureView;
import se.uppsikt.archive.hold.HoldReason;
import se.uppsikt.archive.hold.HoldService;
import se.uppsikt.archive.hold.api.HoldReleaseRequest;
import se.uppsikt.archive.hold.api.HoldRequest;
import se.uppsikt.archive.hold.api.HoldScope;
import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;

/**
 * Requests for utlämnande of allmänna handlingar from registration to the end of any appeal (TF 2 kap., OSL 6 kap.;
 * domain requirements 46-48).
 * <p>
 * Registering a request places a DISCLOSURE_REQUEST hold on everything in scope at once, in the same transaction: JO
 * criticised a nämnd that disposed of documents while a refusal was under appeal (JO 3434-2016), so there must be no
 * moment at which a registered request exists and its documents can still be disposed of. The holds are released only
 * through {@link #releaseHolds}, which refuses while the request is open, while the appeal time runs, or while an
 * appeal is pending. The appeal time is counted from the decision; a requester has three weeks from when they
 * received the decision (OSL 6 kap. 7-8 §§, FL 44 §), so an authority that posts decisions configures a longer period.
 */
@ApplicationScoped
public class DisclosureService {

    static final String SYSTEM_ACTOR = "system:disclosure-release";

    private final DisclosureRepository requests;
    private final ScopeResolver scopes;
    private final HoldService holds;
    private final DeadlineClock clock;
    private final Period appealPeriod;
    private final int maxItems;

    public DisclosureService(DisclosureRepository requests, ScopeResolver scopes, HoldService holds,
            DeadlineClock clock,
            @ConfigProperty(name = "archive.disclosure.appeal-period", defaultValue = "P3W") Period appealPeriod,
            @ConfigProperty(name = "archive.disclosure.max-items", defaultValue = "10000") int maxItems) {
        this.requests = requests;
        this.scopes = scopes;
        this.holds = holds;
        this.clock = clock;
        this.appealPeriod = appealPeriod;
        this.maxItems = maxItems;
    }

    @Transactional
    public DisclosureView register(DisclosureRegistration registration, String actor) {
        DisclosureScope scope = registration.scope();
        if (scope.namesNothing()) {
            throw ApiProblem.invalidField("scope",
                    "scope must name a channel, a period, search criteria or at least one item");
        }
        if (scope.periodFrom() != null && scope.periodTo() != null && scope.periodTo().isBefore(scope.periodFrom())) {
            throw ApiProblem.invalidField("scope.periodTo", "periodTo must not be before periodFrom");
        }
        Set<UUID> items = scopes.resolve(scope, maxItems);
        DisclosureRequest r = new DisclosureRequest();
        r.id = UUID.randomUUID();
        r.receivedAt = micros(registration.receivedAt());
        r.requester = blankToNull(registration.requester());
        r.description = blankToNull(registration.description());
        r.handlingOfficial = actor;
        r.registeredAt = clock.now();
        r.scopeChannelId = scope.channelId();
        r.scopePeriodFrom = micros(scope.periodFrom());
        r.scopePeriodTo = micros(scope.periodTo());
        r.scopeText = blankToNull(scope.text());
        r.scopeAuthorHandle = blankToNull(scope.authorHandle());
        r.scopeRegistrationNumber = blankToNull(scope.registrationNumber());
        r.requestedItemIds = new HashSet<>(scope.itemIds());
        r.itemIds = new HashSet<>(items);
        r.status = DisclosureStatus.OPEN;
        r.holdId = placeHold(r, HoldReason.DISCLOSURE_REQUEST, actor).orElse(null);
        requests.persist(r);
        Log.infof("Disclosure request %s registered: %d items in scope, hold %s", r.id, items.size(), r.holdId);
        return DisclosureView.of(r);
    }

    /**
     * A channel-and-period scope is held as such, so that items of that period captured later are held too; a search
     * or a list of items is held by the items it resolved to.
     */
    private Optional<UUID> placeHold(DisclosureRequest r, HoldReason reason, String actor) {
        boolean byChannel = r.scopeChannelId != null && r.scopeText == null && r.scopeAuthorHandle == null
                && r.scopeRegistrationNumber == null;
        Set<UUID> channels = byChannel ? Set.of(r.scopeChannelId) : Set.of();
        Set<UUID> itemIds = byChannel ? r.requestedItemIds : r.itemIds;
        if (channels.isEmpty() && itemIds.isEmpty()) {
            return Optional.empty();
        }
        String text = reason == HoldReason.APPEAL ? "Överklagande av beslut om utlämnande" : "Begäran om utlämnande";
        String description = text + " mottagen " + r.receivedAt
                + (r.description == null ? "" : ": " + r.description);
        HoldRequest request = new HoldRequest(reason, "disclosure:" + r.id,
                description.length() > 2000 ? description.substring(0, 2000) : description,
                new HoldScope(channels, itemIds), byChannel ? r.scopePeriodFrom : null,
                byChannel ? r.scopePeriodTo : null);
        return Optional.of(holds.place(request, actor).id());
    }

    public DisclosureView get(UUID id) {
        return DisclosureView.of(find(id));
    }

    public PageView<DisclosureView> list(int page, int size) {
        var query = requests.newestFirst().page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(DisclosureView::of).toList(), page, size, query.count());
    }

    @Transactional
    public DisclosureView decide(UUID id, DecisionRequest decision, String actor) {
        DisclosureRequest r = requests.findByIdForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Disclosure", id));
        // the fields are checked before anything is written: a rejected decision leaves the request as it was
        String document = blankToNull(decision.decisionDocumentReference());
        String reservation = blankToNull(decision.reservation());
        if (decision.outcome().appealable() && document == null) {
            throw ApiProblem.invalidField("decisionDocumentReference", "a " + decision.outcome()
                    + " decision needs the reference of the written decision document (OSL 6 kap. 3 §), "
                    + "made by someone competent to decide for the authority");
        }
        if (decision.outcome() == DisclosureOutcome.RELEASED_WITH_RESERVATION && reservation == null) {
            throw ApiProblem.invalidField("reservation",
                    "a release with förbehåll needs the förbehåll itself (OSL 10 kap. 4 §)");
        }
        if (r.status != DisclosureStatus.OPEN) {
            throw ApiProblem.conflict("disclosure-already-decided",
                    "Disclosure " + id + " was decided at " + r.decidedAt + " (" + r.outcome + ")");
        }
        Instant now = clock.now();
        r.status = DisclosureStatus.DECIDED;
        r.outcome = decision.outcome();
        r.reservation = reservation;
        r.decisionDocumentReference = document;
        r.decisionMaker = blankToNull(decision.decisionMaker());
        r.decidedAt = now;
        r.decidedBy = actor;
        if (r.outcome.appealable()) {
            r.appealDeadline = now.plus(appealPeriod);
            r.appealNotice = appealNotice();
        }
        return DisclosureView.of(r);
    }

    @Transactional
    public DisclosureView lodgeAppeal(UUID id, AppealRequest appeal, String actor) {
        DisclosureRequest r = requests.findByIdForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Disclosure", id));
        if (r.status != DisclosureStatus.DECIDED || !r.outcome.appealable()) {
            throw ApiProblem.conflict("disclosure-not-appealable", "Disclosure " + id + " is " + r.status
                    + (r.outcome == null ? "" : " (" + r.outcome + ")") + "; only a decided refusal or release "
                    + "with förbehåll can be appealed, once");
        }
        if (r.holdsReleasedAt != null) {
            throw ApiProblem.conflict("disclosure-holds-released", "The appeal time of disclosure " + id
                    + " ran out and its holds were released at " + r.holdsReleasedAt);
        }
        // a late appeal is still recorded: the authority tries whether it came in in time (FL 45 §), and keeps the
        // documents meanwhile
        r.status = DisclosureStatus.APPEALED;
        r.appealLodgedAt = micros(appeal.lodgedAt());
        r.appealRecordedBy = actor;
        r.appealHoldId = placeHold(r, HoldReason.APPEAL, actor).orElse(null);
        return DisclosureView.of(r);
    }

    @Transactional
    public DisclosureView decideAppeal(UUID id, AppealDecisionRequest decision, String actor) {
        DisclosureRequest r = requests.findByIdForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Disclosure", id));
        if (r.status != DisclosureStatus.APPEALED) {
            throw ApiProblem.conflict("disclosure-not-appealed",
                    "Disclosure " + id + " is " + r.status + "; there is no pending appeal to decide");
        }
        r.status = DisclosureStatus.APPEAL_DECIDED;
        r.appealDecidedAt = clock.now();
        r.appealOutcome = decision.outcome().strip();
        return DisclosureView.of(r);
    }

    /**
     * Releases the request's holds if, and only if, the request is closed and the appeal time has passed without an
     * appeal, or the appeal has been decided; otherwise a 409 saying why not.
     */
    @Transactional
    public DisclosureView releaseHolds(UUID id, String actor) {
        DisclosureRequest r = requests.findByIdForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Disclosure", id));
        Instant now = clock.now();
        Optional<String> blocker = blocker(r, now);
        if (blocker.isPresent()) {
            throw ApiProblem.conflict("disclosure-holds-must-stay", blocker.get());
        }
        release(r, now, actor);
        return DisclosureView.of(r);
    }

    /** The scheduled job's work: releases the holds of every request whose appeal time is over. */
    @Transactional
    public List<UUID> releaseDue() {
        Instant now = clock.now();
        List<UUID> released = new ArrayList<>();
        for (UUID id : requests.awaitingRelease(now)) {
            DisclosureRequest r = requests.findByIdForUpdate(id).orElseThrow();
            if (blocker(r, now).isEmpty()) {
                release(r, now, SYSTEM_ACTOR);
                released.add(id);
            }
        }
        return released;
    }

    private Optional<String> blocker(DisclosureRequest r, Instant now) {
        if (r.holdsReleasedAt != null) {
            return Optional.of("The holds of disclosure " + r.id + " were released at " + r.holdsReleasedAt);
        }
        return switch (r.status) {
            case OPEN -> Optional.of("Disclosure " + r.id + " is still open; record its outcome first");
            case APPEALED -> Optional.of("Disclosure " + r.id + " has a pending appeal (lodged " + r.appealLodgedAt
                    + "); the holds stay until it is decided");
            case DECIDED -> r.outcome.appealable() && now.isBefore(r.appealDeadline)
                    ? Optional.of("The appeal time of disclosure " + r.id + " runs until " + r.appealDeadline)
                    : Optional.empty();
            case APPEAL_DECIDED -> Optional.empty();
        };
    }

    private void release(DisclosureRequest r, Instant now, String actor) {
        String reason = switch (r.status) {
            case APPEAL_DECIDED -> "Överklagandet är avgjort: " + r.appealOutcome;
            default -> r.outcome.appealable()
                    ? "Överklagandetiden för beslut " + r.decisionDocumentReference + " gick ut " + r.appealDeadline
                            + " utan överklagande"
                    : "Handlingarna lämnades ut " + r.decidedAt;
        };
        for (UUID holdId : new UUID[]{r.holdId, r.appealHoldId}) {
            if (holdId != null) {
                holds.release(holdId, new HoldReleaseRequest(reason), actor);
            }
        }
        r.holdsReleasedAt = now;
        Log.infof("Holds of disclosure request %s released", r.id);
    }

    DisclosureRequest find(UUID id) {
        return requests.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Disclosure", id));
    }

    private String appealNotice() {
        return "Beslutet kan överklagas hos kammarrätten (OSL 6 kap. 7-8 §§). Överklagandet ska vara skriftligt, "
                + "ställas till kammarrätten men skickas till myndigheten, och ha kommit in inom tre veckor från den "
                + "dag då du fick del av beslutet. Ange vilket beslut som överklagas och vilken ändring du vill ha.";
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
