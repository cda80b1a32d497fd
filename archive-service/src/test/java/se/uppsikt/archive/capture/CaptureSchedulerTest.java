package se.uppsikt.archive.capture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.archive.Fixtures;
import se.uppsikt.archive.OutsideWorld;

/**
 * Scheduled capture from the register's schedules (contract 9) with a controlled clock: nothing waits for real time,
 * each round is told what time it is.
 */
@QuarkusTest
class CaptureSchedulerTest {

    private static final Instant T0 = Instant.parse("2026-05-04T03:00:00Z");

    @Inject
    CaptureScheduler scheduler;

    @Inject
    EntityManager em;

    @AfterEach
    void reset() {
        OutsideWorld.resetToDefaults();
    }

    /** A blog channel due every six months; the feed answers slowly, so a capture takes a while. */
    private static UUID blogChannelInTheSchedules() {
        UUID channel = UUID.randomUUID();
        String feed = OutsideWorld.baseUrl() + "/feeds/" + channel + ".xml";
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/channels/capture-schedules")).atPriority(1)
                .willReturn(okJson("""
                        [{"channelId": "%s", "authorityId": "%s", "platform": "BLOG_RSS", "handle": "bloggen",
                          "url": "%s", "status": "ACTIVE", "interval": "P6M", "cron": null, "scope": "ITEMS"},
                         {"channelId": "%s", "authorityId": "%s", "platform": "BLOG_RSS", "handle": "stängd",
                          "url": "%s", "status": "CLOSED", "interval": "P6M", "cron": null, "scope": "ITEMS"}]
                        """.formatted(channel, OutsideWorld.DEFAULT_AUTHORITY, feed, UUID.randomUUID(),
                        OutsideWorld.DEFAULT_AUTHORITY, feed))));
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/channels/" + channel)).atPriority(1)
                .willReturn(okJson(OutsideWorld.channel(channel, "BLOG_RSS", "bloggen", feed, "Kommunbloggen"))));
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/feeds/" + channel + ".xml")).willReturn(aResponse()
                .withFixedDelay(400).withHeader("Content-Type", "application/rss+xml").withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Kommunbloggen</title>
                          <item><title>Vårens schema</title><guid>%s-1</guid><link>https://blogg.example/1</link>
                            <description>Nu finns vårens schema</description>
                            <pubDate>Sun, 01 Mar 2026 10:15:30 +0100</pubDate></item>
                        </channel></rss>""".formatted(channel))));
        return channel;
    }

    @Test
    void twoSchedulersRacingCaptureADueChannelOnce() throws Exception {
        UUID channel = blogChannelInTheSchedules();
        Clock now = Clock.fixed(T0, ZoneOffset.UTC);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CaptureScheduler.Round>> rounds = pool.invokeAll(List.of(
                    () -> {
                        start.await(30, TimeUnit.SECONDS);
                        return scheduler.runDue(now);
                    },
                    () -> {
                        start.await(30, TimeUnit.SECONDS);
                        return scheduler.runDue(now);
                    }));
            CaptureScheduler.Round a = rounds.get(0).get(120, TimeUnit.SECONDS);
            CaptureScheduler.Round b = rounds.get(1).get(120, TimeUnit.SECONDS);

            assertEquals(1, a.captured() + b.captured(), a + " / " + b);
            // the other one found the channel locked, or (arriving later) already captured
            assertEquals(1, a.lockedElsewhere() + b.lockedElsewhere() + a.notDue() + b.notDue(), a + " / " + b);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Fixtures.count(em, "select count(*) from capture where channel_id = ?1", channel));
        assertEquals(1, Fixtures.count(em, "select count(*) from capture where channel_id = ?1 and status ="
                + " 'SUCCEEDED' and trigger_kind = 'SCHEDULE' and started_at = ?2", channel, T0));
        assertEquals(1, Fixtures.count(em, "select count(*) from item where channel_id = ?1", channel));
        OutsideWorld.server.verify(1, getRequestedFor(urlPathEqualTo("/feeds/" + channel + ".xml")));
    }

    @Test
    void aChannelIsCapturedAgainOnlyWhenItsIntervalHasPassed() {
        UUID channel = blogChannelInTheSchedules();
        assertEquals(1, scheduler.runDue(Clock.fixed(T0, ZoneOffset.UTC)).captured());

        CaptureScheduler.Round nextDay = scheduler.runDue(Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC));
        assertEquals(0, nextDay.captured());
        assertEquals(1, nextDay.notDue());

        // six months and a day later (P6M from 4 May is 4 November)
        CaptureScheduler.Round later = scheduler.runDue(Clock.fixed(Instant.parse("2026-11-05T03:00:00Z"),
                ZoneOffset.UTC));
        assertEquals(1, later.captured());
        assertEquals(2, Fixtures.count(em, "select count(*) from capture where channel_id = ?1", channel));
        // the same post again: nothing new in the archive
        assertEquals(1, Fixtures.count(em, "select count(*) from item_version v join item i on i.id = v.item_id"
                + " where i.channel_id = ?1", channel));
    }
}
