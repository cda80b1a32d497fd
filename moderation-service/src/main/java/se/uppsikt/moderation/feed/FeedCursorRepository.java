package se.uppsikt.moderation.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Feed positions, one row per feed, seeded by migration V4. */
@ApplicationScoped
public class FeedCursorRepository implements PanacheRepositoryBase<FeedCursor, String> {

    public long position(String feed) {
        return findByIdOptional(feed)
                .orElseThrow(() -> new IllegalStateException("no cursor row for " + feed)).position;
    }

    /** Locked for the rest of the transaction, so two replicas never store the same page twice. */
    public FeedCursor lock(String feed) {
        return findByIdOptional(feed, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("no cursor row for " + feed));
    }
}
