package se.uppsikt.moderation.review;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Review items as the feed consumer creates them, written directly so a test controls their age and channel. */
public final class ReviewFixtures {

    private ReviewFixtures() {
    }

    public static ReviewItem unreviewed(ReviewItemRepository items, UUID channelId, Instant publishedAt) {
        ReviewItem item = new ReviewItem();
        item.id = UUID.randomUUID();
        item.itemId = UUID.randomUUID();
        item.channelId = channelId;
        item.threadRootItemId = UUID.randomUUID();
        item.platformItemId = "fb_" + item.itemId;
        item.kind = "COMMENT";
        item.authorHandle = "@skribent";
        item.platformCreatedAt = publishedAt;
        item.text = "En kommentar som väntar på granskning";
        // Far above any cursor the feed tests reach, so the two never collide.
        item.feedCursor = 1_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        item.receivedAt = publishedAt;
        item.status = ReviewStatus.UNREVIEWED;
        QuarkusTransaction.requiringNew().run(() -> items.persist(item));
        return item;
    }
}
