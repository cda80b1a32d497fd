package se.uppsikt.moderation.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.uppsikt.moderation.ArchiveFeedFake;
import se.uppsikt.moderation.ArchiveFeedFake.Entry;
import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.moderation.review.ReviewItemRepository;
import se.uppsikt.moderation.review.ReviewStatus;

@QuarkusTest
class FeedConsumerTest {

    @Inject
    FeedConsumer consumer;

    @Inject
    FeedCursorRepository cursors;

    @Inject
    ReviewItemRepository items;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private final UUID channel = UUID.randomUUID();
    private final UUID thread = UUID.randomUUID();

    @BeforeEach
    void archiveIsEmpty() {
        DownstreamFakes.resetToDefaults();
        circuitBreakers.resetAll();
    }

    @AfterEach
    void archiveRecovers() {
        DownstreamFakes.resetToDefaults();
        circuitBreakers.resetAll();
    }

    private long cursor() {
        return QuarkusTransaction.requiringNew().call(() -> cursors.position(FeedConsumer.FEED));
    }

    private long stored(UUID itemId) {
        return QuarkusTransaction.requiringNew().call(() -> items.count("itemId", itemId));
    }

    @Test
    void eachInboundMessageBecomesOneUnreviewedItem() {
        long c = cursor();
        Entry first = Entry.comment(c + 1, channel, thread);
        Entry second = Entry.comment(c + 2, channel, thread);
        ArchiveFeedFake.page(c, List.of(first, second));
        ArchiveFeedFake.page(c + 2, List.of());

        FeedConsumer.Poll poll = consumer.pollOnce();

        assertEquals(2, poll.created());
        assertEquals(c + 2, cursor());
        ReviewItem item = QuarkusTransaction.requiringNew()
                .call(() -> items.findByItemId(second.itemId()).orElseThrow());
        assertEquals(channel, item.channelId);
        assertEquals(thread, item.threadRootItemId);
        assertEquals(thread, item.parentItemId);
        assertEquals("COMMENT", item.kind);
        assertEquals("fb_" + (c + 2), item.platformItemId);
        assertEquals(ReviewStatus.UNREVIEWED, item.status);
        assertEquals(c + 2, item.feedCursor);
    }

    @Test
    void archiveOutageLosesAndDuplicatesNothing() {
        long c = cursor();
        List<Entry> firstPage = List.of(Entry.comment(c + 1, channel, thread), Entry.comment(c + 2, channel, thread),
                Entry.comment(c + 3, channel, thread));
        List<Entry> secondPage = List.of(Entry.comment(c + 4, channel, thread), Entry.comment(c + 5, channel, thread));

        // Down from the start: nothing stored, the cursor stays.
        ArchiveFeedFake.outage(c);
        FeedConsumer.Poll down = consumer.pollOnce();
        assertFalse(down.archiveAvailable());
        assertEquals(c, cursor());

        // Back for one full page, then down again in the middle of the backlog.
        DownstreamFakes.resetToDefaults();
        circuitBreakers.resetAll();
        ArchiveFeedFake.page(c, firstPage);
        ArchiveFeedFake.outage(c + 3);
        FeedConsumer.Poll partly = consumer.pollOnce();
        assertFalse(partly.archiveAvailable());
        assertEquals(3, partly.created());
        assertEquals(c + 3, cursor());

        // Recovered; the archive also sends the first page again (as after a lost answer), which must not duplicate.
        DownstreamFakes.resetToDefaults();
        circuitBreakers.resetAll();
        ArchiveFeedFake.page(c, firstPage);
        ArchiveFeedFake.page(c + 3, secondPage);
        ArchiveFeedFake.page(c + 5, List.of());
        FeedConsumer.Poll recovered = consumer.pollOnce();
        assertTrue(recovered.archiveAvailable());
        assertEquals(2, recovered.created());

        // A restart reads from the stored cursor and finds nothing new.
        FeedConsumer.Poll restarted = consumer.pollOnce();
        assertEquals(0, restarted.created());
        assertEquals(c + 5, cursor());
        for (Entry entry : firstPage) {
            assertEquals(1, stored(entry.itemId()), "stored once: " + entry.cursor());
        }
        for (Entry entry : secondPage) {
            assertEquals(1, stored(entry.itemId()), "stored once: " + entry.cursor());
        }
    }

    @Test
    void itemSentAgainUnderANewCursorIsNotDuplicated() {
        long c = cursor();
        Entry original = Entry.comment(c + 1, channel, thread);
        ArchiveFeedFake.page(c, List.of(original));
        consumer.pollOnce();

        Entry again = new Entry(c + 2, original.itemId(), channel, thread);
        ArchiveFeedFake.page(c + 1, List.of(again));
        ArchiveFeedFake.page(c + 2, List.of());
        FeedConsumer.Poll poll = consumer.pollOnce();

        assertEquals(0, poll.created());
        assertEquals(c + 2, cursor());
        assertEquals(1, stored(original.itemId()));
    }
}
