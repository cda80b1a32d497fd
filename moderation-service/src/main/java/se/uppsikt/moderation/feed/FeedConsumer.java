package se.uppsikt.moderation.feed;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import se.uppsikt.moderation.archive.ArchiveClient;
import se.uppsikt.moderation.archive.FeedItem;
import se.uppsikt.moderation.archive.FeedPage;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.moderation.review.ReviewStatus;

/**
 * Reads archive-service's inbound feed and creates one review item per message. Each page is stored together with
 * the new cursor in one transaction: after a crash or an archive outage the consumer asks again from the last
 * stored cursor, so nothing is skipped, and an item already stored is never stored twice.
 */
@ApplicationScoped
public class FeedConsumer {

    static final String FEED = "archive-inbound";

    private final ArchiveClient archive;
    private final FeedCursorRepository cursors;
    private final ReviewItemRepository items;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int pageSize;
    private final int maxPages;

    public FeedConsumer(ArchiveClient archive, FeedCursorRepository cursors, ReviewItemRepository items,
            MeterRegistry meters, Clock clock, @ConfigProperty(name = "feed.page-size") int pageSize,
            @ConfigProperty(name = "feed.max-pages-per-poll") int maxPages) {
        this.archive = archive;
        this.cursors = cursors;
        this.items = items;
        this.meters = meters;
        this.clock = clock;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    /** What one poll did; {@code archiveAvailable} false means it stopped at an error and will resume from cursor. */
    public record Poll(int pages, int created, long cursor, boolean archiveAvailable) {
    }

    @Scheduled(every = "{feed.poll.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Poll poll = pollOnce();
            if (poll.created() > 0) {
                Log.infof("Inbound feed: %s", poll);
            }
        } catch (RuntimeException e) {
            Log.error("Inbound feed poll failed; the next poll resumes from the stored cursor", e);
        }
    }

    /** Reads pages until the feed is exhausted, the archive fails, or {@code feed.max-pages-per-poll} is reached. */
    public Poll pollOnce() {
        int pages = 0;
        int created = 0;
        long cursor = QuarkusTransaction.requiringNew().call(() -> cursors.position(FEED));
        while (pages < maxPages) {
            FeedPage page;
            try {
                page = archive.inbound(cursor, pageSize);
            } catch (RuntimeException e) {
                Log.warnf("Inbound feed not readable after cursor %d: %s", cursor, e.getClass().getSimpleName());
                meters.counter("uppsikt.feed.errors").increment();
                return new Poll(pages, created, cursor, false);
            }
            if (page == null || page.itemsOrEmpty().isEmpty()) {
                break;
            }
            long after = cursor;
            Stored stored = QuarkusTransaction.requiringNew().call(() -> store(after, page));
            created += stored.created();
            cursor = stored.cursor();
            pages++;
            if (page.itemsOrEmpty().size() < pageSize) {
                break;
            }
        }
        meters.counter("uppsikt.feed.items.created").increment(created);
        return new Poll(pages, created, cursor, true);
    }

    private record Stored(int created, long cursor) {
    }

    private Stored store(long after, FeedPage page) {
        FeedCursor cursor = cursors.lock(FEED);
        if (cursor.position != after) {
            // Another replica stored this page meanwhile; continue from where it got to.
            return new Stored(0, cursor.position);
        }
        int created = 0;
        long position = after;
        for (FeedItem item : page.itemsOrEmpty()) {
            if (item.cursor() <= position) {
                throw new IllegalStateException("feed cursor " + item.cursor() + " does not increase after "
                        + position + "; the page is not stored and will be asked for again");
            }
            position = item.cursor();
            if (!items.existsByItemId(item.itemId())) {
                items.persist(reviewItem(item));
                created++;
            }
        }
        cursor.position = position;
        cursor.updatedAt = clock.instant();
        return new Stored(created, position);
    }

    private ReviewItem reviewItem(FeedItem item) {
        ReviewItem r = new ReviewItem();
        r.id = UUID.randomUUID();
        r.itemId = item.itemId();
        r.channelId = item.channelId();
        r.threadRootItemId = item.threadRootItemId() == null ? item.itemId() : item.threadRootItemId();
        r.parentItemId = item.parentItemId();
        r.platformItemId = item.platformItemId();
        r.kind = item.kind();
        r.authorHandle = item.authorHandle();
        r.platformCreatedAt = item.platformCreatedAt();
        r.text = item.text();
        r.feedCursor = item.cursor();
        r.receivedAt = clock.instant();
        r.status = ReviewStatus.UNREVIEWED;
        return r;
    }
}
