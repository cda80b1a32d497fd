package se.uppsikt.moderation.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Overdue alerts, newest first. */
@ApplicationScoped
public class ReviewAlertRepository implements PanacheRepositoryBase<ReviewAlert, UUID> {

    public List<ReviewAlert> list(Optional<UUID> channelId, int page, int size) {
        return query(channelId).page(Page.of(page, size)).list();
    }

    public long count(Optional<UUID> channelId) {
        return query(channelId).count();
    }

    public Optional<ReviewAlert> findByReviewItem(UUID reviewItemId) {
        return find("reviewItemId", reviewItemId).firstResultOptional();
    }

    private PanacheQuery<ReviewAlert> query(Optional<UUID> channelId) {
        Sort newestFirst = Sort.descending("raisedAt").and("id");
        return channelId.map(channel -> find("channelId", newestFirst, channel)).orElseGet(() -> findAll(newestFirst));
    }
}
