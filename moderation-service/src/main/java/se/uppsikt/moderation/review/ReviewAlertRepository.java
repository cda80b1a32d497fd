package se.uppsikt.moderation.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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

    /** Alerts waiting for the webhook, oldest first. */
    public List<UUID> pendingWebhook(int limit) {
        return getEntityManager().createQuery("select a.id from ReviewAlert a where a.webhookStatus = :pending"
                + " order by a.raisedAt, a.id", UUID.class).setParameter("pending", WebhookStatus.PENDING)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Locks one alert still pending; empty when another replica holds it (skip locked) or it was delivered
     * meanwhile.
     */
    public Optional<ReviewAlert> lockPending(UUID id) {
        return getEntityManager().createQuery("select a from ReviewAlert a where a.id = :id"
                + " and a.webhookStatus = :pending", ReviewAlert.class).setParameter("id", id)
                .setParameter("pending", WebhookStatus.PENDING).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // Hibernate's LockOptions.SKIP_LOCKED: a row another transaction is sending is not waited for.
                .setHint("jakarta.persistence.lock.timeout", -2).getResultStream().findFirst();
    }

    private PanacheQuery<ReviewAlert> query(Optional<UUID> channelId) {
        Sort newestFirst = Sort.descending("raisedAt").and("id");
        return channelId.map(channel -> find("channelId", newestFirst, channel)).orElseGet(() -> findAll(newestFirst));
    }
}
