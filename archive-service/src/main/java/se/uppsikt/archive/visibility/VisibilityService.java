package se.uppsikt.archive.visibility;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.chain.ChainKind;
import se.uppsikt.archive.chain.ChainService;
import se.uppsikt.archive.item.CanonicalForm;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemRepository;
import se.uppsikt.archive.item.Visibility;
import se.uppsikt.archive.visibility.api.VisibilityChangeView;
import se.uppsikt.archive.visibility.api.VisibilityRequest;
import se.uppsikt.commons.problem.ApiProblem;

/** Changes who may see an item; the change, its reason and its author are kept and sealed in the hash chain. */
@ApplicationScoped
public class VisibilityService {

    private final ItemRepository items;
    private final VisibilityChangeRepository changes;
    private final ChainService chain;
    private final Clock clock;

    public VisibilityService(ItemRepository items, VisibilityChangeRepository changes, ChainService chain,
            Clock clock) {
        this.items = items;
        this.changes = changes;
        this.chain = chain;
        this.clock = clock;
    }

    @Transactional
    public VisibilityChangeView change(UUID itemId, VisibilityRequest request, String actor) {
        String provision = request.secrecyProvision() == null || request.secrecyProvision().isBlank()
                ? null
                : request.secrecyProvision().strip();
        if (request.visibility() == Visibility.SECRET && provision == null) {
            throw ApiProblem.invalidField("secrecyProvision",
                    "secrecyProvision is required for SECRET: name the OSL provision, e.g. OSL 26 kap. 1 §");
        }
        if (request.visibility() != Visibility.SECRET) {
            provision = null;
        }
        chain.lock();
        Item item = items.findByIdOptional(itemId).orElseThrow(() -> ApiProblem.notFound("Item", itemId));
        if (item.visibility == request.visibility() && Objects.equals(item.secrecyProvision, provision)) {
            throw ApiProblem.conflict("visibility-unchanged",
                    "Item " + itemId + " is already " + item.visibility);
        }
        VisibilityChange change = new VisibilityChange();
        change.id = UUID.randomUUID();
        change.itemId = itemId;
        change.fromVisibility = item.visibility;
        change.toVisibility = request.visibility();
        change.secrecyProvision = provision;
        change.reason = request.reason().strip();
        change.changedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        change.changedBy = actor;
        changes.persist(change);
        item.visibility = change.toVisibility;
        item.secrecyProvision = provision;
        chain.append(ChainKind.VISIBILITY_CHANGED, change.id, canonicalSha256(change),
                "item " + itemId + " " + change.fromVisibility + " -> " + change.toVisibility, actor);
        Log.debugf("Item %s visibility %s -> %s", itemId, change.fromVisibility, change.toVisibility);
        return VisibilityChangeView.of(change);
    }

    /** The hash sealed in the chain for a visibility change; the verifier recomputes it from the row. */
    public static String canonicalSha256(VisibilityChange c) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", c.id.toString());
        form.put("itemId", c.itemId.toString());
        form.put("from", c.fromVisibility.name());
        form.put("to", c.toVisibility.name());
        form.put("secrecyProvision", c.secrecyProvision);
        form.put("reason", c.reason);
        form.put("changedAt", c.changedAt.toString());
        form.put("changedBy", c.changedBy);
        return Sha256.of(CanonicalForm.write(form));
    }
}
