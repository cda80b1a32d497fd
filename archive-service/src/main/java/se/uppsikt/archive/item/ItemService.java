package se.uppsikt.archive.item;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
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

    public ItemService(ItemRepository items, ItemVersionRepository versions,
            VisibilityChangeRepository visibilityChanges, SecretAccess secretAccess) {
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
                visibilityChanges.findByItem(id).stream().map(VisibilityChangeView::of).toList());
    }
}
