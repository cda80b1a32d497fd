package se.uppsikt.retention.run;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class DisposalRunItemRepository implements PanacheRepositoryBase<DisposalRunItem, DisposalRunItem.Key> {

    /** The next eligible items without an outcome, in item id order: what execution sends next. */
    public List<DisposalRunItem> pending(UUID runId, int limit) {
        return find("runId = ?1 and eligible = true and outcome is null order by itemId", runId)
                .page(Page.ofSize(limit)).list();
    }

    public List<DisposalRunItem> inBatch(UUID runId, List<UUID> itemIds) {
        return list("runId = ?1 and itemId in ?2", runId, itemIds);
    }

    public List<DisposalRunItem> page(UUID runId, int page, int size) {
        return find("runId = ?1 order by itemId", runId).page(Page.of(page, size)).list();
    }

    public long countForRun(UUID runId) {
        return count("runId", runId);
    }
}
