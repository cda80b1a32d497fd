package se.uppsikt.archive.hold;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;

import se.uppsikt.archive.chain.ChainKind;
import se.uppsikt.archive.chain.ChainService;
import se.uppsikt.archive.hold.api.HoldReleaseRequest;
import se.uppsikt.archive.hold.api.HoldRequest;
import se.uppsikt.archive.hold.api.HoldView;
import se.uppsikt.commons.api.PageView;
import se.uppsikt.commons.problem.ApiProblem;

/**
 * Places, releases and reads legal holds: the blocks that keep allmänna handlingar from disposal while a disclosure
 * request (utlämnande), an appeal, a police report, an open ärende or litigation is pending (JO 3434-2016; domain
 * requirements 48 and 53).
 * <p>
 * A hold is never removed, only released. The hold is itself a record: it documents that the authority protected
 * material while someone's request or case was pending, who decided that, and when and why the protection ended.
 * A disposal run must be able to show, long afterwards, that no hold applied to what it destroyed, and a requester
 * or JO must be able to see that material was kept while the request was open. Deleting a hold would erase exactly
 * that evidence, and would make a destroyed item look as if it had never been protected. So releasing sets
 * {@code releasedAt}, {@code releasedBy} and {@code releaseReason} once and for all; the database refuses to delete a
 * hold, to change a released one, or to change what a hold covered.
 */
@ApplicationScoped
public class HoldService {

    private final HoldRepository holds;
    private final ChainService chain;
    private final Clock clock;

    public HoldService(HoldRepository holds, ChainService chain, Clock clock) {
        this.holds = holds;
        this.chain = chain;
        this.clock = clock;
    }

    @Transactional
    public HoldView place(HoldRequest request, String actor) {
        if (request.scope().namesNothing()) {
            throw ApiProblem.invalidField("scope", "scope must name at least one channel or item to hold");
        }
        if (request.periodFrom() != null && request.periodTo() != null
                && request.periodTo().isBefore(request.periodFrom())) {
            throw ApiProblem.invalidField("periodTo", "periodTo must not be before periodFrom");
        }
        // Under the ledger lock: a disposal running now either finishes before this hold exists or sees it.
        chain.lock();
        Hold hold = new Hold();
        hold.id = UUID.randomUUID();
        hold.reason = request.reason();
        hold.reference = request.reference().strip();
        hold.description = blankToNull(request.description());
        hold.channelIds = new HashSet<>(request.scope().channelIds());
        hold.itemIds = new HashSet<>(request.scope().itemIds());
        hold.periodFrom = micros(request.periodFrom());
        hold.periodTo = micros(request.periodTo());
        hold.placedAt = micros(clock.instant());
        hold.placedBy = actor;
        holds.persist(hold);
        chain.append(ChainKind.HOLD_PLACED, hold.id, HoldSeal.placed(hold),
                "hold " + hold.reason + " " + hold.reference, actor);
        Log.debugf("Hold %s placed (%s)", hold.id, hold.reason);
        return HoldView.of(hold);
    }

    @Transactional
    public HoldView release(UUID id, HoldReleaseRequest request, String actor) {
        chain.lock();
        Hold hold = holds.findByIdForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Hold", id));
        if (!hold.isActive()) {
            throw ApiProblem.conflict("hold-already-released",
                    "Hold " + id + " was released at " + hold.releasedAt + " by " + hold.releasedBy);
        }
        hold.releasedAt = micros(clock.instant());
        hold.releasedBy = actor;
        hold.releaseReason = request.reason().strip();
        chain.append(ChainKind.HOLD_RELEASED, hold.id, HoldSeal.released(hold),
                "hold " + hold.reason + " " + hold.reference + " released", actor);
        Log.debugf("Hold %s released", hold.id);
        return HoldView.of(hold);
    }

    public HoldView get(UUID id) {
        return holds.findByIdOptional(id).map(HoldView::of).orElseThrow(() -> ApiProblem.notFound("Hold", id));
    }

    public PageView<HoldView> list(Optional<Boolean> active, int page, int size) {
        var query = holds.findFiltered(active).page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(HoldView::of).toList(), page, size, query.count());
    }

    // PostgreSQL keeps microseconds; the sealed hash must match what is read back
    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
