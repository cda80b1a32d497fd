package se.uppsikt.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/** The archive's inbound feed (contracts §1) as WireMock stubs: one page per {@code after} value. */
public final class ArchiveFeedFake {

    public static final String PATH = "/api/v1/feed/inbound";

    private ArchiveFeedFake() {
    }

    /** One inbound comment at {@code cursor}. */
    public record Entry(long cursor, UUID itemId, UUID channelId, UUID threadRootItemId) {

        public static Entry comment(long cursor, UUID channelId, UUID threadRootItemId) {
            return new Entry(cursor, UUID.randomUUID(), channelId, threadRootItemId);
        }

        String json() {
            return """
                    {"cursor": %d, "itemId": "%s", "channelId": "%s", "platformItemId": "fb_%d",
                     "parentItemId": "%s", "threadRootItemId": "%s", "kind": "COMMENT", "authorHandle": "@user%d",
                     "platformCreatedAt": "2026-11-20T10:15:30Z", "text": "Kommentar nummer %d"}
                    """.formatted(cursor, itemId, channelId, cursor, threadRootItemId, threadRootItemId, cursor,
                    cursor);
        }
    }

    /** The page the archive returns for {@code after}; only a request with a bearer token gets it. */
    public static StubMapping page(long after, List<Entry> entries) {
        long next = entries.isEmpty() ? after : entries.get(entries.size() - 1).cursor();
        String body = """
                {"items": [%s], "nextCursor": %d}
                """.formatted(entries.stream().map(Entry::json).collect(Collectors.joining(",")), next);
        return DownstreamFakes.server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("after", equalTo("" + after))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    /** The archive is down for requests after {@code after}. */
    public static StubMapping outage(long after) {
        return DownstreamFakes.server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("after", equalTo("" + after))
                .atPriority(1).willReturn(aResponse().withStatus(503)));
    }
}
