package se.uppsikt.moderation.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Review items: the supervision queue and its history. */
@ApplicationScoped
public class ReviewItemRepository implements PanacheRepositoryBase<ReviewItem, UUID> {

    private static final Sort OLDEST_FIRST = Sort.by("platformCreatedAt").and("feedCursor");

    public boolean existsByItemId(UUID itemId) {
        return count("itemId", itemId) > 0;
    }

    public Optional<ReviewItem> findByItemId(UUID itemId) {
        return find("itemId", itemId).firstResultOptional();
    }

    public List<ReviewItem> unreviewed(Optional<UUID> channelId, int page, int size) {
        return channelId.map(channel -> find("status = ?1 and channelId = ?2", OLDEST_FIRST,
                ReviewStatus.UNREVIEWED, channel)).orElseGet(() -> find("status", OLDEST_FIRST,
                        ReviewStatus.UNREVIEWED))
                .page(Page.of(page, size)).list();
    }

    public long countUnreviewed(Optional<UUID> channelId) {
        return channelId.map(channel -> count("status = ?1 and channelId = ?2", ReviewStatus.UNREVIEWED, channel))
                .orElseGet(() -> count("status", ReviewStatus.UNREVIEWED));
    }

    /** Per channel: how many items wait and when the oldest was published. */
    public List<Object[]> unreviewedByChannel() {
        return getEntityManager().createQuery("select r.channelId, count(r), min(r.platformCreatedAt)"
                + " from ReviewItem r where r.status = :status group by r.channelId order by r.channelId",
                Object[].class).setParameter("status", ReviewStatus.UNREVIEWED).getResultList();
    }

    /** Unreviewed items without an alert yet, published before {@code cutoff}. */
    public List<ReviewItem> unalertedPublishedBefore(Instant cutoff) {
        return getEntityManager().createQuery("select r from ReviewItem r where r.status = :status"
                + " and r.platformCreatedAt < :cutoff"
                + " and not exists (select 1 from ReviewAlert a where a.reviewItemId = r.id)"
                + " order by r.platformCreatedAt, r.feedCursor", ReviewItem.class)
                .setParameter("status", ReviewStatus.UNREVIEWED).setParameter("cutoff", cutoff).getResultList();
    }
}
