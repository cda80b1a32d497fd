package se.uppsikt.archive.item;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ItemVersionRepository implements PanacheRepositoryBase<ItemVersion, UUID> {

    public List<ItemVersion> findByItem(UUID itemId) {
        return find("itemId", Sort.ascending("versionNo"), itemId).list();
    }

    public Optional<ItemVersion> findVersion(UUID itemId, int versionNo) {
        return find("itemId = ?1 and versionNo = ?2", itemId, versionNo).firstResultOptional();
    }
}
