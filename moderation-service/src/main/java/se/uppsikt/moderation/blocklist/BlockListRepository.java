package se.uppsikt.moderation.blocklist;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Block-list entries; insert and read only. */
@ApplicationScoped
public class BlockListRepository implements PanacheRepositoryBase<BlockListEntry, UUID> {

    public List<BlockListEntry> listByChannel(UUID channelId, int page, int size) {
        return find("channelId", Sort.descending("blockedAt").and("id"), channelId).page(Page.of(page, size)).list();
    }

    public long countByChannel(UUID channelId) {
        return count("channelId", channelId);
    }
}
