package se.uppsikt.archive.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.archive.connector.instagram.InstagramConnector;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/**
 * The Instagram connector against WireMock serving the Instagram Graph API's documented shapes
 * (https://developers.facebook.com/docs/instagram-platform/reference/ig-media/comments — id, text, timestamp,
 * username, hidden; https://developers.facebook.com/docs/instagram-platform/reference/ig-comment/replies;
 * hide with POST /{ig-comment-id}?hide=true, DELETE /{ig-comment-id}; paging as on Graph).
 * A Quarkus test although it uses no bean: a plain JUnit class run ahead of the Quarkus tests left the test JVM
 * unable to start the application (fork exit 131), so every test class of the module is a Quarkus test.
 */
@QuarkusTest
class InstagramConnectorTest {

    static WireMockServer graph;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    InstagramConnector connector;
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
        connector = new InstagramConnector(new PlatformHttp(waits::add,
                Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC), 4, Duration.ofSeconds(2),
                Duration.ofMinutes(5)));
        access = new ChannelAccess(UUID.randomUUID(), Platform.INSTAGRAM, "17841400001",
                "http://localhost:" + graph.port() + "/v23.0", "ig-token");
    }

    @Test
    void threadReadsEveryCommentPageAndTheRepliesOfEachComment() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/1790001")).willReturn(okJson("""
                {"id": "1790001", "caption": "Sommarlov i Ängelholm", "timestamp": "2026-06-20T09:00:00+0000",
                 "username": "angelholms_kommun", "permalink": "https://www.instagram.com/p/abc/",
                 "media_type": "IMAGE"}""")));
        String next = "http://localhost:" + graph.port() + "/v23.0/1790001/comments?after=X1&limit=50";
        graph.stubFor(get(urlPathEqualTo("/v23.0/1790001/comments")).atPriority(5).willReturn(okJson("""
                {"data": [{"id": "1801", "text": "Härligt!", "timestamp": "2026-06-20T10:00:00+0000",
                           "username": "asa.oberg", "hidden": false, "from": {"id": "901", "username": "asa.oberg"}}],
                 "paging": {"cursors": {"before": "X0", "after": "X1"}, "next": "%s"}}""".formatted(next))));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1790001/comments")).atPriority(1)
                .withQueryParam("after", equalTo("X1")).willReturn(okJson("""
                        {"data": [{"id": "1802", "text": "Var är badet?", "timestamp": "2026-06-20T11:00:00+0000",
                                   "username": "per.p", "hidden": true, "from": {"id": "902", "username": "per.p"}}],
                         "paging": {"cursors": {"before": "X1", "after": "X2"}}}""")));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1801/replies")).willReturn(okJson("{\"data\": []}")));
        graph.stubFor(get(urlPathEqualTo("/v23.0/1802/replies")).willReturn(okJson("""
                {"data": [{"id": "1803", "text": "Vid Skäret", "timestamp": "2026-06-20T11:30:00+0000",
                           "username": "angelholms_kommun", "hidden": false,
                           "from": {"id": "17841400001", "username": "angelholms_kommun"}}]}""")));

        List<IngestItem> items = connector.thread(access, "1790001");

        assertEquals(List.of("1790001", "1801", "1802", "1803"),
                items.stream().map(IngestItem::platformItemId).toList());
        assertEquals(ItemKind.REPLY, items.get(3).kind());
        assertEquals("1802", items.get(3).parentPlatformItemId());
        assertEquals(Direction.OUTBOUND, items.get(3).direction());
        assertEquals(Direction.INBOUND, items.get(2).direction());
        assertEquals("per.p", items.get(2).author().handle());
        assertEquals(true, items.get(2).rawPayload().get("hidden"));
        assertEquals(Instant.parse("2026-06-20T11:00:00Z"), items.get(2).platformCreatedAt());
    }

    @Test
    void hideAndDeleteUseTheInstagramEndpointsAndBlockIsReportedAsUnsupported() {
        graph.stubFor(post(urlPathEqualTo("/v23.0/1802")).willReturn(okJson("{\"success\": true}")));
        graph.stubFor(delete(urlPathEqualTo("/v23.0/1802")).willReturn(okJson("{\"success\": true}")));

        connector.hide(access, "1802");
        connector.delete(access, "1802");

        graph.verify(postRequestedFor(urlPathEqualTo("/v23.0/1802")).withQueryParam("hide", equalTo("true")));
        graph.verify(deleteRequestedFor(urlPathEqualTo("/v23.0/1802")));
        PlatformException e = assertThrows(PlatformException.class, () -> connector.block(access, "902"));
        assertEquals(PlatformException.Kind.UNSUPPORTED, e.kind());
        assertTrue(!connector.capabilities().contains(Capability.BLOCK_USER));
    }

    @Test
    void expiredTokenAndThrottlingAreTold() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/17841400001")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "Error validating access token", "type": "OAuthException",
                                   "code": 190, "fbtrace_id": "Z"}}""")));
        assertEquals(PlatformException.Kind.TOKEN_EXPIRED, assertThrows(PlatformException.class,
                () -> connector.overview(access, Instant.now())).kind());

        graph.stubFor(get(urlPathEqualTo("/v23.0/17841400001/media")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "(#32) Page request limit reached", "type": "OAuthException",
                                   "code": 32, "fbtrace_id": "Z"}}""")));
        assertEquals(PlatformException.Kind.RATE_LIMITED, assertThrows(PlatformException.class,
                () -> connector.posts(access, Instant.EPOCH, Instant.now())).kind());
        assertEquals(3, waits.size());
    }
}
