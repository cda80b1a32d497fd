package se.uppsikt.archive.feed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.uppsikt.archive.feed.api.FeedPage;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.SqlTimes;

/**
 * Reads the inbound feed. Cursors are assigned under the ledger lock and that lock is held until commit (see
 * {@code ChainService}), so the committed cursors always form a gap-free prefix: reading "everything after n" never
 * skips an item that commits later.
 */
@ApplicationScoped
public class FeedService {

    private final EntityManager em;

    public FeedService(EntityManager em) {
        this.em = em;
    }

    public FeedPage read(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.cursor, i.id, i.channel_id, i.platform_item_id,"
                + " i.parent_item_id, i.thread_root_item_id, i.kind, i.author_handle, i.platform_created_at, v.text"
                + " from inbound_feed f join item_version v on v.id = f.version_id join item i on i.id = f.item_id"
                + " where f.cursor > ?1 order by f.cursor limit ?2")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        List<FeedPage.FeedItem> items = rows.stream().map(FeedService::toItem).toList();
        return new FeedPage(items, items.isEmpty() ? after : items.get(items.size() - 1).cursor());
    }

    private static FeedPage.FeedItem toItem(Object[] r) {
        return new FeedPage.FeedItem(((Number) r[0]).longValue(), (UUID) r[1], (UUID) r[2], (String) r[3],
                (UUID) r[4], (UUID) r[5], ItemKind.valueOf((String) r[6]), (String) r[7], SqlTimes.instant(r[8]),
                (String) r[9]);
    }

}
