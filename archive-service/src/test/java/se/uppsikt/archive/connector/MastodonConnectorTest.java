package se.uppsikt.archive.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

import se.uppsikt.archive.connector.mastodon.MastodonConnector;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/**
 * The Mastodon connector against WireMock serving Mastodon's documented shapes: Status entities
 * (https://docs.joinmastodon.org/entities/Status/: id, created_at, edited_at, in_reply_to_id, content as HTML,
 * account), GET /api/v1/accounts/:id/statuses paged by the Link header
 * (https://docs.joinmastodon.org/api/guidelines/#pagination), GET /api/v1/statuses/:id/context
 * (https://docs.joinmastodon.org/methods/statuses/#context), DELETE /api/v1/statuses/:id, and 429 with
 * X-RateLimit-Reset (https://docs.joinmastodon.org/api/rate-limits/).
 * A Quarkus test although it uses no bean: a plain JUnit class run ahead of the Quarkus tests left the test JVM
 * unable to start the application (fork exit 131), so every test class of the module is a Quarkus test.
 */
@QuarkusTest
class MastodonConnectorTest {

    static WireMockServer instance;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    MastodonConnector connector;
    ChannelAccess access;

    @BeforeAll
    static void start() {
        instance = new WireMockServer(wireMockConfig().dynamicPort());
        instance.start();
    }

    @AfterAll
    static void stop() {
        instance.stop();
    }

    @BeforeEach
    void setUp() {
        instance.resetAll();
        waits.clear();
        connector = new MastodonConnector(new PlatformHttp(waits::add,
                Clock.fixed(Instant.parse("2026-11-27T00:10:00Z"), ZoneOffset.UTC), 4, Duration.ofSeconds(2),
                Duration.ofMinutes(5)));
        access = new ChannelAccess(UUID.randomUUID(), Platform.MASTODON, "109",
                "http://localhost:" + instance.port(), "masto-token");
    }

    private static String status(String id, String created, String replyTo, String accountId, String html) {
        return """
                {"id": "%s", "created_at": "%s", "edited_at": null, "in_reply_to_id": %s,
                 "url": "https://social.example/@x/%s", "content": "%s",
                 "account": {"id": "%s", "acct": "user%s", "display_name": "Användare %s"},
                 "media_attachments": []}""".formatted(id, created, replyTo == null ? "null" : "\"" + replyTo + "\"",
                id, html, accountId, accountId, accountId);
    }

    @Test
    void statusesFollowTheLinkHeaderAndStopBeforeThePeriod() {
        String page2 = "http://localhost:" + instance.port() + "/api/v1/accounts/109/statuses?limit=40&max_id=200";
        instance.stubFor(get(urlPathEqualTo("/api/v1/accounts/109/statuses")).atPriority(5).willReturn(okJson("["
                + status("300", "2026-03-03T08:00:00.000Z", null, "109", "<p>Nytt &amp; viktigt</p>") + ","
                + status("250", "2026-05-01T08:00:00.000Z", null, "109", "<p>Utanför perioden</p>") + "]")
                .withHeader("Link", "<" + page2 + ">; rel=\"next\", <http://x/prev>; rel=\"prev\"")));
        instance.stubFor(get(urlPathEqualTo("/api/v1/accounts/109/statuses")).atPriority(1)
                .withQueryParam("max_id", equalTo("200")).willReturn(okJson("["
                        + status("200", "2026-03-02T08:00:00.000Z", null, "109", "<p>Andra</p>") + ","
                        + status("100", "2026-02-01T08:00:00.000Z", null, "109", "<p>Före perioden</p>") + "]")
                        .withHeader("Link", "<http://localhost:" + instance.port()
                                + "/api/v1/accounts/109/statuses?max_id=100>; rel=\"next\"")));

        List<IngestItem> posts = connector.posts(access, Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"));

        assertEquals(List.of("300", "200"), posts.stream().map(IngestItem::platformItemId).toList());
        assertEquals("Nytt & viktigt", posts.get(0).text());
        // the second page reached back before the period: no third request
        instance.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/accounts/109/statuses")));
    }

    @Test
    void threadIsTheStatusWithItsContextAndRateLimitWaitsUntilTheReset() {
        instance.stubFor(get(urlPathEqualTo("/api/v1/statuses/300")).inScenario("rl").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Limit", "300")
                        .withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", "2026-11-27T00:10:30.000Z")
                        .withBody("{\"error\": \"Too many requests\"}"))
                .willSetStateTo("ok"));
        instance.stubFor(get(urlPathEqualTo("/api/v1/statuses/300")).inScenario("rl").whenScenarioStateIs("ok")
                .willReturn(okJson(status("300", "2026-03-03T08:00:00.000Z", null, "109", "<p>Inlägg</p>"))));
        instance.stubFor(get(urlPathEqualTo("/api/v1/statuses/300/context")).willReturn(okJson("""
                {"ancestors": [], "descendants": [%s, %s]}""".formatted(
                status("301", "2026-03-03T09:00:00.000Z", "300", "555", "<p>Svar</p>"),
                status("302", "2026-03-03T09:30:00.000Z", "301", "109", "<p>Svar på svaret</p>")))));

        List<IngestItem> thread = connector.thread(access, "300");

        assertEquals(List.of("300", "301", "302"), thread.stream().map(IngestItem::platformItemId).toList());
        assertEquals("301", thread.get(2).parentPlatformItemId());
        assertEquals(Direction.INBOUND, thread.get(1).direction());
        assertEquals(ItemKind.COMMENT, thread.get(1).kind());
        assertEquals("user555", thread.get(1).author().handle());
        assertEquals(List.of(Duration.ofSeconds(30)), waits);
    }

    @Test
    void deleteIsOfferedHideIsNotAndAnExpiredTokenIsTold() {
        instance.stubFor(delete(urlPathEqualTo("/api/v1/statuses/300")).willReturn(okJson(
                status("300", "2026-03-03T08:00:00.000Z", null, "109", "<p>x</p>"))));
        connector.delete(access, "300");
        instance.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/statuses/300"))
                .withHeader("Authorization", equalTo("Bearer masto-token")));

        assertEquals(PlatformException.Kind.UNSUPPORTED,
                assertThrows(PlatformException.class, () -> connector.hide(access, "301")).kind());

        instance.stubFor(get(urlPathEqualTo("/api/v1/accounts/109")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\": \"The access token is invalid\"}")));
        assertEquals(PlatformException.Kind.TOKEN_EXPIRED,
                assertThrows(PlatformException.class, () -> connector.overview(access, Instant.now())).kind());
    }
}
