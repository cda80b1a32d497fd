package se.uppsikt.archive.takedown;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.chain.ChainKind;
import se.uppsikt.archive.chain.ChainService;
import se.uppsikt.archive.connector.ChannelAccess;
import se.uppsikt.archive.connector.Connector;
import se.uppsikt.archive.connector.Connectors;
import se.uppsikt.archive.connector.PlatformAction;
import se.uppsikt.archive.connector.PlatformException;
import se.uppsikt.archive.ingest.IngestService;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.ingest.api.IngestRequest;
import se.uppsikt.archive.item.CanonicalForm;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.registry.ChannelLabel;
import se.uppsikt.archive.registry.ChannelRegistry;
import se.uppsikt.archive.registry.RegistryChannel;
import se.uppsikt.archive.takedown.api.TakedownRequest;
import se.uppsikt.archive.takedown.api.TakedownView;
import se.uppsikt.archive.visibility.VisibilityService;
import se.uppsikt.archive.visibility.api.VisibilityRequest;
import se.uppsikt.commons.problem.ApiProblem;

/**
 * Carries out a moderation decision on the platform, evidence first (requirement 19): read the thread as the platform
 * shows it now (or, when it cannot be read, use the archive's latest copy and say so), seal and COMMIT the evidence,
 * and only then call the platform; record its answer and mark the item HIDDEN or REMOVED_FROM_PLATFORM and
 * RESTRICTED. No transaction is open while a platform is called. Idempotent on the decision: a repeat returns the
 * first result, retries only a failed platform call, and re-seals only when sealing failed (nothing was done then).
 */
@ApplicationScoped
public class TakedownService {

    public record Outcome(TakedownView view, boolean created) {
    }

    private record Subject(UUID itemId, UUID channelId, se.uppsikt.archive.item.Platform platform,
            String platformItemId, String rootPlatformItemId, String authorPlatformUserId, Instant capturedAt) {
    }

    private record Context(String source, List<EvidenceSealer.PlatformCopy> copies, String note) {
    }

    private final EntityManager em;
    private final ItemRepository items;
    private final EvidenceSealer sealer;
    private final ChannelRegistry registry;
    private final Connectors connectors;
    private final IngestService ingest;
    private final VisibilityService visibility;
    private final ChainService chain;
    private final Clock clock;
    private final Set<String> metadataOnlyReasons;
    private final Duration staleAfter;

    public TakedownService(EntityManager em, ItemRepository items, EvidenceSealer sealer, ChannelRegistry registry,
            Connectors connectors, IngestService ingest, VisibilityService visibility, ChainService chain,
            Clock clock,
            @ConfigProperty(name = "archive.takedown.metadata-only-reasons") Set<String> metadataOnlyReasons,
            @ConfigProperty(name = "archive.takedown.stale-after") Duration staleAfter) {
        this.staleAfter = staleAfter;
        this.em = em;
        this.items = items;
        this.sealer = sealer;
        this.registry = registry;
        this.connectors = connectors;
        this.ingest = ingest;
        this.visibility = visibility;
        this.chain = chain;
        this.clock = clock;
        this.metadataOnlyReasons = metadataOnlyReasons;
    }

    public Outcome execute(TakedownRequest request, String actor) {
        Subject subject = QuarkusTransaction.requiringNew().call(() -> subject(request.itemId()));
        boolean metadataOnly = metadataOnlyReasons.contains(request.reasonCode());
        UUID newId = UUID.randomUUID();
        Object[] row = QuarkusTransaction.requiringNew().call(() -> claim(newId, request, metadataOnly, actor));
        UUID id = (UUID) row[0];
        TakedownStatus status = TakedownStatus.valueOf((String) row[1]);
        boolean created = id.equals(newId);
        if (!created) {
            if (!request.itemId().equals(row[2]) || !request.action().name().equals(row[3])) {
                throw ApiProblem.conflict("decision-reused", "Decision " + request.decisionId()
                        + " was already carried out as " + row[3] + " of item " + row[2]);
            }
            switch (status) {
                case EXECUTED :
                    return new Outcome(view(id), false);
                case SEALING :
                case EVIDENCE_SEALED :
                    // Still running, or left half-way by a crash: only a stale one is taken over.
                    if (!takeOverStale(id, status)) {
                        throw ApiProblem.conflict("takedown-in-progress", "Decision " + request.decisionId()
                                + " is being carried out right now; ask again in a moment");
                    }
                    if (status == TakedownStatus.EVIDENCE_SEALED) {
                        callPlatform(id, request, subject, actor, null);
                        return new Outcome(view(id), false);
                    }
                    break;
                case PLATFORM_FAILED :
                    if (!reclaim(id, TakedownStatus.PLATFORM_FAILED, TakedownStatus.EVIDENCE_SEALED)) {
                        throw ApiProblem.conflict("takedown-in-progress", "Decision " + request.decisionId()
                                + " is being retried right now");
                    }
                    callPlatform(id, request, subject, actor, null);
                    return new Outcome(view(id), false);
                case EVIDENCE_FAILED :
                    if (!reclaim(id, TakedownStatus.EVIDENCE_FAILED, TakedownStatus.SEALING)) {
                        throw ApiProblem.conflict("takedown-in-progress", "Decision " + request.decisionId()
                                + " is being retried right now");
                    }
                    break;
                default :
                    throw new IllegalStateException(status.name());
            }
        }
        Optional<RegistryChannel> channel = registry.channel(subject.channelId());
        ChannelLabel label = channel.map(c -> registry.label(subject.channelId()))
                .orElseGet(() -> ChannelLabel.unknown(subject.channelId()));
        Context context = context(subject, channel.orElse(null), metadataOnly, actor);
        try {
            sealer.seal(id, request.decisionId(), request.itemId(), request.action(), request.reasonCode(),
                    metadataOnly, context.source(), context.copies(), label, actor);
        } catch (RuntimeException e) {
            String why = e instanceof SealingFailedException
                    ? e.getMessage()
                    : e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage());
            Log.errorf("Takedown %s: evidence not sealed, platform not called: %s", id, why);
            finish(id, TakedownStatus.EVIDENCE_FAILED, null, "Bevisningen kunde inte säkras (" + why
                    + "). Plattformen anropades inte; försök igen med samma beslut.");
            return new Outcome(view(id), created);
        }
        callPlatform(id, request, subject, actor, context.note());
        return new Outcome(view(id), created);
    }

    private Subject subject(UUID itemId) {
        Item item = items.findByIdOptional(itemId).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
        Item root = item.threadRootItemId.equals(item.id) ? item : items.findById(item.threadRootItemId);
        return new Subject(item.id, item.channelId, item.platform, item.platformItemId,
                root == null ? item.platformItemId : root.platformItemId, item.authorPlatformUserId,
                item.capturedAt);
    }

    /** Inserts the takedown, or finds the one this decision already has; returns id, status, item and action. */
    private Object[] claim(UUID newId, TakedownRequest request, boolean metadataOnly, String actor) {
        Instant now = now();
        em.createNativeQuery("insert into takedown (id, decision_id, item_id, action, reason_code, requested_by,"
                + " status, metadata_only, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, 'SEALING', ?7,"
                + " ?8, ?8) on conflict (decision_id) do nothing")
                .setParameter(1, newId).setParameter(2, request.decisionId()).setParameter(3, request.itemId())
                .setParameter(4, request.action().name()).setParameter(5, request.reasonCode())
                .setParameter(6, request.requestedBy().strip()).setParameter(7, metadataOnly)
                .setParameter(8, now).executeUpdate();
        return (Object[]) em.createNativeQuery("select id, status, item_id, action from takedown"
                + " where decision_id = ?1").setParameter(1, request.decisionId()).getSingleResult();
    }

    /**
     * A takedown that has not moved for {@code archive.takedown.stale-after} was left by a crash: SEALING rolled back
     * (nothing sealed, nothing done), EVIDENCE_SEALED has its evidence committed and at most an unanswered platform
     * call behind it. Taking it over is safe: hiding twice is harmless and a second delete finds the item gone.
     */
    private boolean takeOverStale(UUID id, TakedownStatus status) {
        Instant now = now();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update takedown set updated_at = ?1 where id = ?2 and status = ?3 and updated_at < ?4")
                .setParameter(1, now).setParameter(2, id).setParameter(3, status.name())
                .setParameter(4, now.minus(staleAfter)).executeUpdate()) == 1;
    }

    private boolean reclaim(UUID id, TakedownStatus from, TakedownStatus to) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update takedown set status = ?1, updated_at = ?2 where id = ?3 and status = ?4")
                .setParameter(1, to.name()).setParameter(2, now()).setParameter(3, id).setParameter(4, from.name())
                .executeUpdate()) == 1;
    }

    /**
     * The thread as the platform shows it now. Unless metadata only, it is ingested first (an edit becomes a new
     * version), so the sealed rendition shows the current text; the platform's raw answers are kept as hashes in the
     * manifest either way.
     */
    private Context context(Subject subject, RegistryChannel channel, boolean metadataOnly, String actor) {
        Optional<Connector> connector = connectors.forPlatform(subject.platform());
        String archived = "tråden säkrades ur arkivets senaste kopia (insamlad " + subject.capturedAt() + ")";
        if (connector.isEmpty()) {
            return new Context("ARCHIVE", List.of(),
                    "Ingen anslutning till " + subject.platform() + "; " + archived + ".");
        }
        try {
            ChannelAccess access = connectors.access(subject.channelId(), subject.platform(), channel);
            List<IngestItem> fetched = connector.get().thread(access, subject.rootPlatformItemId());
            List<EvidenceSealer.PlatformCopy> copies = new ArrayList<>();
            for (IngestItem i : fetched) {
                copies.add(new EvidenceSealer.PlatformCopy(i.platformItemId(), rawSha256(i)));
            }
            if (!metadataOnly) {
                for (int from = 0; from < fetched.size(); from += 1000) {
                    ingest.ingest(new IngestRequest(fetched.subList(from, Math.min(fetched.size(), from + 1000)),
                            connector.get().version()), actor);
                }
            }
            return new Context("PLATFORM", copies, null);
        } catch (RuntimeException e) {
            String why = e instanceof PlatformException p
                    ? p.kind() + ": " + p.getMessage()
                    : e.getClass().getSimpleName();
            Log.warnf("Takedown of item %s: thread not read from the platform (%s)", subject.itemId(), why);
            return new Context("ARCHIVE", List.of(), "Plattformen kunde inte läsas (" + why + "); " + archived + ".");
        }
    }

    private void callPlatform(UUID id, TakedownRequest request, Subject subject, String actor, String note) {
        Instant calledAt = now();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update takedown set platform_called_at = ?1,"
                + " platform_attempts = platform_attempts + 1, updated_at = ?1 where id = ?2")
                .setParameter(1, calledAt).setParameter(2, id).executeUpdate());
        PlatformAction answer;
        try {
            Connector connector = connectors.forPlatform(subject.platform())
                    .orElseThrow(() -> new PlatformException(PlatformException.Kind.UNSUPPORTED,
                            "no connector for " + subject.platform() + "; carry out the decision manually"));
            ChannelAccess access = connectors.access(subject.channelId(), subject.platform(),
                    registry.channel(subject.channelId()).orElse(null));
            answer = switch (request.action()) {
                case HIDE -> connector.hide(access, subject.platformItemId());
                case REMOVE -> removeOrAlreadyGone(connector, access, subject.platformItemId());
                case BLOCK_USER -> {
                    if (subject.authorPlatformUserId() == null) {
                        throw new PlatformException(PlatformException.Kind.REJECTED,
                                "the item's author has no platform user id to block");
                    }
                    yield connector.block(access, subject.authorPlatformUserId());
                }
            };
        } catch (RuntimeException e) {
            String why = e instanceof PlatformException p
                    ? p.kind() + ": " + p.getMessage()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            Log.warnf("Takedown %s: platform call failed (%s); evidence kept", id, why);
            finish(id, TakedownStatus.PLATFORM_FAILED, why, "Plattformen utförde inte åtgärden (" + why
                    + "). Bevisningen är säkrad och finns kvar; samma beslut igen försöker på plattformen igen."
                    + (note == null ? "" : " " + note));
            return;
        }
        PlatformAction done = answer;
        QuarkusTransaction.requiringNew().run(() -> {
            chain.lock();
            Item item = items.findById(subject.itemId());
            if (item != null) {
                if (request.action() != TakedownAction.BLOCK_USER) {
                    String state = request.action() == TakedownAction.HIDE ? "HIDDEN" : "REMOVED_FROM_PLATFORM";
                    em.createNativeQuery("insert into item_platform_state (item_id, state, noticed_at, source)"
                            + " values (?1, ?2, ?3, ?4) on conflict (item_id) do update set state = excluded.state,"
                            + " noticed_at = excluded.noticed_at, source = excluded.source")
                            .setParameter(1, item.id).setParameter(2, state).setParameter(3, now())
                            .setParameter(4, "takedown " + id).executeUpdate();
                }
                if (item.visibility == Visibility.PUBLIC) {
                    visibility.change(item.id, new VisibilityRequest(Visibility.RESTRICTED,
                            "Åtgärdat på plattformen (" + request.action() + ") enligt moderationsbeslut "
                                    + request.decisionId() + ", skäl " + request.reasonCode(),
                            null), actor);
                }
            }
            chain.append(ChainKind.TAKEDOWN, id, Sha256.of(done.describe()), "takedown executed: "
                    + request.action() + " of item " + subject.itemId() + " on " + subject.platform() + "; "
                    + done.describe(), actor);
            em.createNativeQuery("update takedown set status = 'EXECUTED', platform_response = ?1, detail = ?2,"
                    + " updated_at = ?3 where id = ?4")
                    .setParameter(1, truncate(done.describe())).setParameter(2, truncate(note))
                    .setParameter(3, now()).setParameter(4, id).executeUpdate();
        });
    }

    /** A comment already gone from the platform needs no second removal; the answer says so. */
    private static PlatformAction removeOrAlreadyGone(Connector connector, ChannelAccess access, String itemId) {
        try {
            return connector.delete(access, itemId);
        } catch (PlatformException e) {
            if (e.kind() == PlatformException.Kind.NOT_FOUND) {
                return new PlatformAction("DELETE " + itemId, 404, "already gone from the platform: "
                        + e.getMessage());
            }
            throw e;
        }
    }

    private void finish(UUID id, TakedownStatus status, String platformResponse, String detail) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update takedown set status = ?1,"
                + " platform_response = coalesce(?2, platform_response), detail = ?3, updated_at = ?4 where id = ?5")
                .setParameter(1, status.name()).setParameter(2, truncate(platformResponse))
                .setParameter(3, truncate(detail)).setParameter(4, now()).setParameter(5, id).executeUpdate());
    }

    public TakedownView view(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, status, platform_response, detail from takedown"
                    + " where id = ?1").setParameter(1, id).getResultList();
            Object[] row = rows.stream().findFirst().orElseThrow(() -> ApiProblem.notFound("Takedown", id));
            @SuppressWarnings("unchecked")
            List<Object[]> evidence = em.createNativeQuery("select id, sha256 from takedown_evidence"
                    + " where takedown_id = ?1 order by kind").setParameter(1, id).getResultList();
            String status = (String) row[1];
            // the two in-between states are reported as what they will be if nothing more happens
            String reported = "SEALING".equals(status)
                    ? "EVIDENCE_FAILED"
                    : "EVIDENCE_SEALED".equals(status) ? "PLATFORM_FAILED" : status;
            return new TakedownView((UUID) row[0], reported, evidence.stream().map(e -> (UUID) e[0]).toList(),
                    evidence.stream().map(e -> (String) e[1]).toList(), (String) row[2], (String) row[3]);
        });
    }

    private static String rawSha256(IngestItem item) {
        try {
            return Sha256.of(CanonicalForm.JSON.writeValueAsString(item.rawPayload()));
        } catch (JsonProcessingException e) {
            return Sha256.of(String.valueOf(item.rawPayload()));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
    }
}
