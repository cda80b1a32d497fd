package se.uppsikt.archive.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class FeedResourceTest {

    @Inject
    EntityManager em;

    private static JsonPath page(long after, int limit) {
        return given().auth().oauth2(Tokens.forService("moderation"))
                .when().get("/api/v1/feed/inbound?after=" + after + "&limit=" + limit)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    private long lastCursor() {
        // the head, not max(cursor): a disposal may have removed the rows with the highest cursors
        return count(em, "select last_feed_cursor from chain_head");
    }

    @Test
    void inboundItemsAppearInTheFeedAndOutboundDoNot() {
        UUID channel = UUID.randomUUID();
        long start = lastCursor();
        var results = ingest(batch(List.of(
                item(channel, "p-1", null, "POST", "OUTBOUND", "Kommunens inlägg"),
                item(channel, "c-1", "p-1", "COMMENT", "INBOUND", "En kommentar")))).extract();
        String post = results.path("results[0].itemId");
        String comment = results.path("results[1].itemId");

        given().auth().oauth2(Tokens.forService("moderation"))
                .when().get("/api/v1/feed/inbound?after=" + start)
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].cursor", equalTo((int) start + 1))
                .body("items[0].itemId", equalTo(comment))
                .body("items[0].channelId", equalTo(channel.toString()))
                .body("items[0].platformItemId", equalTo("c-1"))
                .body("items[0].parentItemId", equalTo(post))
                .body("items[0].threadRootItemId", equalTo(post))
                .body("items[0].kind", equalTo("COMMENT"))
                .body("items[0].authorHandle", equalTo("medborgare_1"))
                .body("items[0].text", equalTo("En kommentar"))
                .body("items.itemId", not(hasItem(post)))
                .body("nextCursor", equalTo((int) start + 1));
    }

    @Test
    void anEditedInboundItemAppearsAgainAndUnchangedContentDoesNot() {
        UUID channel = UUID.randomUUID();
        ingest(batch(List.of(item(channel, "c-2", null, "COMMENT", "INBOUND", "Före"))));
        long afterFirst = lastCursor();
        ingest(batch(List.of(item(channel, "c-2", null, "COMMENT", "INBOUND", "Före"))));
        assertEquals(afterFirst, lastCursor());

        ingest(batch(List.of(item(channel, "c-2", null, "COMMENT", "INBOUND", "Efter"))));

        JsonPath page = page(afterFirst, 100);
        assertEquals(List.of("Efter"), page.getList("items.text"));
    }

    @Test
    void emptyFeedAnswersWithTheCursorItWasGiven() {
        long end = lastCursor();
        given().auth().oauth2(Tokens.forService("moderation"))
                .when().get("/api/v1/feed/inbound?after=" + end)
                .then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextCursor", equalTo((int) end));
    }

    @Test
    void limitAboveFiveHundredIsRejectedNamingIt() {
        given().auth().oauth2(Tokens.forService("moderation"))
                .when().get("/api/v1/feed/inbound?limit=501")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("limit"));
    }

    @Test
    void feedWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/feed/inbound").then().statusCode(401);
    }

    @Test
    void feedForModeratorUserIsForbidden() {
        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/feed/inbound").then().statusCode(403);
    }

    /**
     * Two capture jobs ingest overlapping batches at the same time while moderation reads the feed: every item is
     * stored once, and the reader sees each cursor exactly once, in order, without ever skipping one.
     */
    @Test
    void concurrentOverlappingIngestsGiveNoDuplicatesAndAGapFreeFeed() throws Exception {
        UUID channel = UUID.randomUUID();
        long start = lastCursor();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            first.add(item(channel, "c-" + i, null, "COMMENT", "INBOUND", "Kommentar " + i));
            second.add(item(channel, "c-" + (i + 30), null, "COMMENT", "INBOUND", "Kommentar " + (i + 30)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (List<String> items : List.of(first, second)) {
                writers.add(CompletableFuture.runAsync(() -> {
                    await(go);
                    for (int from = 0; from < items.size(); from += 10) {
                        ingest(batch(items.subList(from, from + 10)));
                    }
                }, pool));
            }
            CompletableFuture<List<Long>> reader = CompletableFuture.supplyAsync(() -> {
                await(go);
                List<Long> seen = new ArrayList<>();
                long cursor = start;
                for (int polls = 0; seen.size() < 90 && polls < 5000; polls++) {
                    for (Object c : page(cursor, 7).getList("items.cursor")) {
                        seen.add(((Number) c).longValue());
                    }
                    cursor = seen.isEmpty() ? start : seen.get(seen.size() - 1);
                }
                return seen;
            }, pool);
            go.countDown();
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            List<Long> seen = reader.get(120, TimeUnit.SECONDS);

            assertEquals(90, count(em, "select count(*) from item where channel_id = ?1", channel));
            assertEquals(90, count(em, "select count(*) from item_version v join item i on i.id = v.item_id"
                    + " where i.channel_id = ?1", channel));
            assertEquals(90, seen.size(), "the reader saw every new inbound item");
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(start + 1 + i, seen.get(i), "the reader saw cursor " + seen.get(i) + " at place " + i);
            }
            Set<String> feedItems = new HashSet<>(page(start, 500).getList("items.itemId"));
            assertEquals(90, feedItems.size(), "each item once in the feed");
            assertTrue(lastCursor() == start + 90);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
