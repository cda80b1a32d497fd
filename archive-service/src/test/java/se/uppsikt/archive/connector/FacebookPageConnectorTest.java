package se.uppsikt.archive.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.archive.connector.facebook.FacebookPageConnector;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/**
 * The Facebook Page connector against WireMock serving the Graph API's documented shapes:
 * https://developers.facebook.com/docs/graph-api/reference/page/feed (feed of a page: id, message, from,
 * created_time; paging.cursors.before/after and paging.next), https://developers.facebook.com/docs/graph-api/reference/comment/
 * and https://developers.facebook.com/docs/graph-api/reference/object/comments (comments of an object, replies as
 * comments of a comment, is_hidden; hide with is_hidden=true; delete), and
 * https://developers.facebook.com/docs/graph-api/guides/error-handling (error.code 4/17/32/613 throttling, 190
 * expired access token). No real waiting: the sleeper only records.
 * A Quarkus test although it uses no bean: a plain JUnit class run ahead of the Quarkus tests left the test JVM
 * unable to start the application (fork exit 131), so every test class of the module is a Quarkus test.
 */
@QuarkusTest
class FacebookPageConnectorTest {

    static WireMockServer graph;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    FacebookPageConnector connector;
    ChannelAccess access;

    @BeforeAll
    static void start() {
        graph = new WireMockServer(wireMockConfig().dynamicPort());
        graph.start();
    }

    @AfterAll
    static void stop() {
        graph.stop();
    }

    @BeforeEach
    void setUp() {
        graph.resetAll();
        waits.clear();
        connector = new FacebookPageConnector(new PlatformHttp(waits::add,
                Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC), 4, Duration.ofSeconds(2),
                Duration.ofMinutes(5)));
        access = new ChannelAccess(UUID.randomUUID(), Platform.FACEBOOK_PAGE, "1001",
                "http://localhost:" + graph.port() + "/v23.0", "page-token-1");
    }

    private void stubThread() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001_1")).willReturn(okJson("""
                {"id": "1001_1", "message": "Välkomna till simhallen!", "created_time": "2026-03-01T10:15:30+0000",
                 "updated_time": "2026-03-01T10:15:30+0000", "from": {"name": "Ängelholms kommun", "id": "1001"},
                 "permalink_url": "https://www.facebook.com/1001/posts/1"}""")));
        String next = "http://localhost:" + graph.port() + "/v23.0/1001_1/comments?after=QVFIUmx&limit=100";
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001_1/comments")).atPriority(5).willReturn(okJson("""
                {"data": [{"id": "1001_1_c1", "message": "Första!", "created_time": "2026-03-01T10:20:00+0000",
                           "from": {"name": "Åsa Öberg", "id": "u-7"}, "is_hidden": false, "comment_count": 0}],
                 "paging": {"cursors": {"before": "QVFIUmI", "after": "QVFIUmx"}, "next": "%s"}}""".formatted(next))));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001_1/comments")).atPriority(1)
                .withQueryParam("after", equalTo("QVFIUmx")).willReturn(okJson("""
                        {"data": [{"id": "1001_1_c2", "message": "När öppnar ni?",
                                   "created_time": "2026-03-01T10:25:00+0000",
                                   "from": {"name": "Per Persson", "id": "u-8"}, "is_hidden": true,
                                   "comment_count": 1}],
                         "paging": {"cursors": {"before": "QVFIUmM", "after": "QVFIUmQ"}}}""")));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001_1_c2/comments")).willReturn(okJson("""
                {"data": [{"id": "1001_1_r1", "message": "Klockan nio", "created_time": "2026-03-01T11:00:00+0000",
                           "from": {"name": "Ängelholms kommun", "id": "1001"}, "is_hidden": false,
                           "comment_count": 1}],
                 "paging": {"cursors": {"before": "a", "after": "b"}}}""")));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001_1_r1/comments")).willReturn(okJson("""
                {"data": [{"id": "1001_1_r2", "message": "Tack!", "created_time": "2026-03-01T11:05:00+0000",
                           "from": {"name": "Per Persson", "id": "u-8"}, "is_hidden": false, "comment_count": 0}],
                 "paging": {"cursors": {"before": "a", "after": "b"}}}""")));
    }

    @Test
    void threadFollowsEveryPageAndRepliesOfReplies() {
        stubThread();

        List<IngestItem> items = connector.thread(access, "1001_1");

        Map<String, IngestItem> byId = items.stream()
                .collect(Collectors.toMap(IngestItem::platformItemId, i -> i));
        assertEquals(List.of("1001_1", "1001_1_c1", "1001_1_c2", "1001_1_r1", "1001_1_r2"),
                items.stream().map(IngestItem::platformItemId).toList());
        assertEquals(ItemKind.POST, byId.get("1001_1").kind());
        assertEquals(Direction.OUTBOUND, byId.get("1001_1").direction());
        assertEquals(ItemKind.COMMENT, byId.get("1001_1_c2").kind());
        assertEquals("1001_1", byId.get("1001_1_c2").parentPlatformItemId());
        assertEquals(Direction.INBOUND, byId.get("1001_1_c2").direction());
        assertEquals(ItemKind.REPLY, byId.get("1001_1_r2").kind());
        assertEquals("1001_1_r1", byId.get("1001_1_r2").parentPlatformItemId());
        assertEquals(Direction.OUTBOUND, byId.get("1001_1_r1").direction());
        assertEquals(Instant.parse("2026-03-01T10:25:00Z"), byId.get("1001_1_c2").platformCreatedAt());
        assertEquals("Per Persson", byId.get("1001_1_c2").author().displayName());
        assertEquals("u-8", byId.get("1001_1_c2").author().platformUserId());
        // is_hidden is kept in the raw payload, exactly as received
        assertEquals(true, byId.get("1001_1_c2").rawPayload().get("is_hidden"));
        // the token travels in a header, never in a URL or in provenance
        graph.verify(getRequestedFor(urlPathMatching("/v23.0/.*")).withHeader("Authorization",
                equalTo("Bearer page-token-1")));
        graph.findAll(getRequestedFor(urlPathMatching("/v23.0/.*")))
                .forEach(r -> assertFalse(r.getUrl().contains("page-token-1"), r.getUrl()));
        items.forEach(i -> assertFalse(String.valueOf(i.sourceUrl()).contains("token"), i.sourceUrl()));
    }

    @Test
    void feedOfAPeriodFollowsPagingNext() {
        String next = "http://localhost:" + graph.port() + "/v23.0/1001/feed?after=Q1&limit=100";
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001/feed")).atPriority(5).willReturn(okJson("""
                {"data": [{"id": "1001_3", "message": "Nytt", "created_time": "2026-03-03T08:00:00+0000",
                           "from": {"name": "Ängelholms kommun", "id": "1001"}},
                          {"id": "1001_2", "message": "Besökarinlägg", "created_time": "2026-03-02T08:00:00+0000",
                           "from": {"name": "Åsa Öberg", "id": "u-7"}}],
                 "paging": {"cursors": {"before": "Q0", "after": "Q1"}, "next": "%s"}}""".formatted(next))));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001/feed")).atPriority(1).withQueryParam("after", equalTo("Q1"))
                .willReturn(okJson("""
                        {"data": [{"id": "1001_1", "message": "Äldst", "created_time": "2026-03-01T08:00:00+0000",
                                   "from": {"name": "Ängelholms kommun", "id": "1001"}}],
                         "paging": {"cursors": {"before": "Q1", "after": "Q2"}}}""")));

        List<IngestItem> posts = connector.posts(access, Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"));

        assertEquals(List.of("1001_3", "1001_2", "1001_1"), posts.stream().map(IngestItem::platformItemId).toList());
        assertEquals(Direction.INBOUND, posts.get(1).direction());
        graph.verify(getRequestedFor(urlPathEqualTo("/v23.0/1001/feed"))
                .withQueryParam("since",
                        equalTo(String.valueOf(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond())))
                .withQueryParam("until",
                        equalTo(String.valueOf(Instant.parse("2026-04-01T00:00:00Z").getEpochSecond()))));
    }

    @Test
    void rateLimitErrorCodesAreRetriedAfterBackingOffWithoutRealWaiting() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001")).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "(#4) Application request limit reached", "type": "OAuthException",
                                   "is_transient": true, "code": 4, "fbtrace_id": "AbC"}}"""))
                .willSetStateTo("once"));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001")).inScenario("throttled").whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "7").withBody("""
                                {"error": {"message": "(#613) Calls to this api have exceeded the rate limit.",
                                           "type": "OAuthException", "code": 613, "fbtrace_id": "AbD"}}"""))
                .willSetStateTo("twice"));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001")).inScenario("throttled").whenScenarioStateIs("twice")
                .willReturn(okJson("""
                        {"id": "1001", "name": "Ängelholms kommun", "about": "Kommunens officiella sida",
                         "link": "https://www.facebook.com/angelholm", "fan_count": 5400}""")));

        IngestItem page = connector.overview(access, Instant.parse("2026-11-27T00:00:00Z"));

        assertEquals(ItemKind.PAGE_SNAPSHOT, page.kind());
        assertTrue(page.text().contains("Kommunens officiella sida"), page.text());
        // first: no hint, so the first backoff; second: the platform's Retry-After
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(7)), waits);
        graph.verify(3, getRequestedFor(urlPathEqualTo("/v23.0/1001")));
    }

    @Test
    void persistentRateLimitGivesUpAfterTheLastAttempt() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "(#17) User request limit reached", "type": "OAuthException",
                                   "code": 17, "fbtrace_id": "X"}}""")));

        PlatformException e = assertThrows(PlatformException.class,
                () -> connector.overview(access, Instant.now()));

        assertEquals(PlatformException.Kind.RATE_LIMITED, e.kind());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), waits);
        graph.verify(4, getRequestedFor(urlPathEqualTo("/v23.0/1001")));
    }

    @Test
    void expiredTokenIsReportedAsSuchAndNotRetried() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/1001_1")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(
                        """
                                {"error": {"message": "Error validating access token: Session has expired on Friday, 27-Nov-26 00:00:00 PST.",
                                           "type": "OAuthException", "code": 190, "error_subcode": 463, "fbtrace_id": "Y"}}""")));

        PlatformException e = assertThrows(PlatformException.class, () -> connector.thread(access, "1001_1"));

        assertEquals(PlatformException.Kind.TOKEN_EXPIRED, e.kind());
        assertTrue(waits.isEmpty());
        assertFalse(e.getMessage().contains("page-token-1"), e.getMessage());
    }

    @Test
    void hideDeleteAndBlockUseTheGraphEndpoints() {
        graph.stubFor(post(urlPathEqualTo("/v23.0/1001_1_c2")).willReturn(okJson("{\"success\": true}")));
        graph.stubFor(delete(urlPathEqualTo("/v23.0/1001_1_c2")).willReturn(okJson("{\"success\": true}")));
        graph.stubFor(post(urlPathEqualTo("/v23.0/1001/blocked")).willReturn(okJson("{\"u-8\": true}")));

        assertEquals(200, connector.hide(access, "1001_1_c2").status());
        assertEquals(200, connector.delete(access, "1001_1_c2").status());
        assertEquals(200, connector.block(access, "u-8").status());

        graph.verify(postRequestedFor(urlPathEqualTo("/v23.0/1001_1_c2")).withQueryParam("is_hidden",
                equalTo("true")));
        graph.verify(deleteRequestedFor(urlPathEqualTo("/v23.0/1001_1_c2")));
        graph.verify(postRequestedFor(urlPathEqualTo("/v23.0/1001/blocked")).withQueryParam("user", equalTo("u-8")));
        assertFalse(connector.capabilities().contains(Capability.DIRECT_MESSAGES));
        PlatformException e = assertThrows(PlatformException.class,
                () -> connector.thread(new ChannelAccess(access.channelId(), Platform.FACEBOOK_PAGE, "1001",
                        "http://localhost:1/v23.0", null), "x"));
        assertEquals(PlatformException.Kind.UNAVAILABLE, e.kind());
    }
}
