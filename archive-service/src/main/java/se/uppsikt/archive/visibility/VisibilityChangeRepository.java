package se.uppsikt.archive.visibility;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class VisibilityChangeRepository implements PanacheRepositoryBase<VisibilityChange, UUID> {

    public List<VisibilityChange> findByItem(UUID itemId) {
        return find("itemId", Sort.ascending("changedAt").and("id"), itemId).list();
    }
}
