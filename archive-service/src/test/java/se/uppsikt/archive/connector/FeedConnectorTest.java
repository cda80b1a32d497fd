package se.uppsikt.archive.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;

import se.uppsikt.archive.connector.rss.FeedConnector;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.Platform;

/**
 * The read-only feed connector against RSS 2.0 (https://www.rssboard.org/rss-specification: item, guid, pubDate in
 * RFC 822) and Atom 1.0 (RFC 4287: entry, id, published, updated, content) served by WireMock.
 * A Quarkus test although it uses no bean: a plain JUnit class run ahead of the Quarkus tests left the test JVM
 * unable to start the application (fork exit 131), so every test class of the module is a Quarkus test.
 */
@QuarkusTest
class FeedConnectorTest {

    static WireMockServer blog;
    final FeedConnector connector = new FeedConnector(new PlatformHttp(d -> {
        throw new AssertionError("no waiting expected");
    }, Clock.systemUTC(), 1, Duration.ofSeconds(1), Duration.ofSeconds(1)));

    @BeforeAll
    static void start() {
        blog = new WireMockServer(wireMockConfig().dynamicPort());
        blog.start();
    }

    @AfterAll
    static void stop() {
        blog.stop();
    }

    private ChannelAccess access(String path) {
        return new ChannelAccess(UUID.randomUUID(), Platform.BLOG_RSS, "blogg",
                "http://localhost:" + blog.port() + path, null);
    }

    @Test
    void rssItemsOfThePeriodAreTheAuthoritysOwnPosts() {
        blog.stubFor(get(urlPathEqualTo("/rss.xml")).willReturn(aResponse().withHeader("Content-Type",
                "application/rss+xml").withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Kommunbloggen</title>
                          <item><title>Öppet hus</title><link>https://blogg.example/oppet-hus</link>
                            <guid>https://blogg.example/?p=12</guid><description>Välkomna på lördag</description>
                            <pubDate>Sun, 01 Mar 2026 10:15:30 +0100</pubDate></item>
                          <item><title>Gammalt</title><link>https://blogg.example/gammalt</link>
                            <guid>https://blogg.example/?p=1</guid><description>x</description>
                            <pubDate>Mon, 01 Jan 2024 10:00:00 +0100</pubDate></item>
                        </channel></rss>""")));

        List<IngestItem> posts = connector.posts(access("/rss.xml"), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"));

        assertEquals(1, posts.size());
        assertEquals("https://blogg.example/?p=12", posts.get(0).platformItemId());
        assertEquals(Instant.parse("2026-03-01T09:15:30Z"), posts.get(0).platformCreatedAt());
        assertEquals(Direction.OUTBOUND, posts.get(0).direction());
        assertTrue(posts.get(0).text().startsWith("Öppet hus"), posts.get(0).text());
        assertEquals("https://blogg.example/oppet-hus", posts.get(0).sourceUrl());
    }

    @Test
    void atomEntriesKeepTheirUpdateAsAnEditTime() {
        blog.stubFor(get(urlPathEqualTo("/atom.xml")).willReturn(aResponse().withBody("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Kommunbloggen</title>
                  <entry><id>tag:blogg.example,2026:12</id><title>Simhallen</title>
                    <link href="https://blogg.example/simhallen"/>
                    <published>2026-03-01T10:00:00Z</published><updated>2026-03-02T10:00:00Z</updated>
                    <author><name>Eva Ek</name></author><content>Nu öppnar vi</content></entry>
                </feed>""")));

        List<IngestItem> posts = connector.posts(access("/atom.xml"), Instant.EPOCH,
                Instant.parse("2027-01-01T00:00:00Z"));

        assertEquals(1, posts.size());
        assertEquals("tag:blogg.example,2026:12", posts.get(0).platformItemId());
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), posts.get(0).platformEditedAt());
        assertEquals("Eva Ek", posts.get(0).author().displayName());
    }

    @Test
    void feedIsReadOnlyAndRefusesDoctypes() {
        assertTrue(connector.capabilities().equals(java.util.EnumSet.of(Capability.POSTS)));
        assertEquals(PlatformException.Kind.UNSUPPORTED,
                assertThrows(PlatformException.class, () -> connector.delete(access("/rss.xml"), "x")).kind());
        blog.stubFor(get(urlPathEqualTo("/evil.xml")).willReturn(aResponse().withBody("""
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&x;</title><guid>1</guid></item></channel></rss>""")));
        assertEquals(PlatformException.Kind.REJECTED, assertThrows(PlatformException.class,
                () -> connector.posts(access("/evil.xml"), Instant.EPOCH, Instant.now())).kind());
    }
}
