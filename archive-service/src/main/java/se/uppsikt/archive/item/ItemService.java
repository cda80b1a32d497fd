package se.uppsikt.archive.item;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import se.uppsikt.archive.item.api.ItemView;
import se.uppsikt.archive.item.api.VersionView;
import se.uppsikt.archive.visibility.SecretAccess;
import se.uppsikt.archive.visibility.VisibilityChangeRepository;
import se.uppsikt.archive.visibility.api.VisibilityChangeView;
import se.uppsikt.commons.problem.ApiProblem;

@ApplicationScoped
public class ItemService {

    private final ItemRepository items;
    private final ItemVersionRepository versions;
    private final VisibilityChangeRepository visibilityChanges;
    private final SecretAccess secretAccess;
    private final EntityManager em;

    public ItemService(ItemRepository items, ItemVersionRepository versions,
            VisibilityChangeRepository visibilityChanges, SecretAccess secretAccess, EntityManager em) {
        this.em = em;
        this.items = items;
        this.versions = versions;
        this.visibilityChanges = visibilityChanges;
        this.secretAccess = secretAccess;
    }

    /** Transactional because reading a SECRET item writes its audit record, and both stand or fall together. */
    @Transactional
    public ItemView get(UUID id, SecurityIdentity reader) {
        Item item = items.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Item", id));
        if (item.visibility == Visibility.SECRET) {
            if (!secretAccess.isCleared(reader)) {
                throw new ApiProblem(403, "secret-item", "Forbidden",
                        "Item " + id + " is secret (" + item.secrecyProvision
                                + "); your roles are not cleared for secret items",
                        null);
            }
            secretAccess.recordRead(id, reader.getPrincipal().getName());
        }
        return ItemView.of(item, versions.findByItem(id).stream().map(VersionView::of).toList(),
                visibilityChanges.findByItem(id).stream().map(VisibilityChangeView::of).toList(),
                platformState(id));
    }

    private ItemView.PlatformState platformState(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select state, noticed_at, source from item_platform_state"
                + " where item_id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new ItemView.PlatformState((String) r[0], instant(r[1]),
                (String) r[2])).orElse(null);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
