package se.uppsikt.systemtest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * One Facebook Page on the Graph API (v23.0 shapes): the page, its feed with one own post, the post's comments, a
 * reply and a reply of that reply, and the delete of a comment. Every request is kept, so the story can check what
 * the platform was asked and when.
 */
final class FacebookFake implements AutoCloseable {

    static final String PAGE_ID = "104729385610";
    static final String POST = PAGE_ID + "_7001";
    static final String QUESTION = "7001_101";
    static final String REPLY = "7001_103";
    static final String REPLY_OF_REPLY = "7001_104";
    static final String HATE = "7001_102";
    static final String POST_TEXT = "Nu öppnar simhallen igen efter renoveringen – välkomna!";
    static final String HATE_TEXT = "[Folkgrupp X] är ohyra och ska köras ut ur kommunen!";
    static final String ACCESS_TOKEN = "system-test-page-token";

    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    // four months ago: old enough for the 90-day retention decision, so that the evidence hold is what keeps it
    private final OffsetDateTime posted = OffsetDateTime.now(ZoneOffset.UTC).minusDays(120).withNano(0);

    FacebookFake() {
        server.start();
        String page = "{\"id\": \"" + PAGE_ID + "\", \"name\": \"Katrineholms kommun\","
                + " \"about\": \"Kommunens officiella sida\", \"link\": \"https://www.facebook.com/katrineholmskommun\","
                + " \"category\": \"Government organization\", \"fan_count\": 12034}";
        String post = "{\"id\": \"" + POST + "\", \"message\": \"" + POST_TEXT + "\", \"from\": " + page(PAGE_ID)
                + ", \"created_time\": \"" + at(0) + "\", \"updated_time\": \"" + at(0) + "\","
                + " \"permalink_url\": \"https://www.facebook.com/katrineholmskommun/posts/7001\"}";
        server.stubFor(get(urlPathEqualTo("/v23.0/" + PAGE_ID)).willReturn(okJson(page)));
        server.stubFor(get(urlPathEqualTo("/v23.0/" + PAGE_ID + "/feed"))
                .willReturn(okJson("{\"data\": [" + post + "], \"paging\": {}}")));
        server.stubFor(get(urlPathEqualTo("/v23.0/" + POST)).willReturn(okJson(post)));
        // nothing further below anything not named here
        server.stubFor(get(urlPathMatching("/v23.0/.+/comments")).atPriority(10)
                .willReturn(okJson("{\"data\": []}")));
        comments(POST, comment(QUESTION, "Äntligen! Vilka tider gäller?", "5551", "Lena Lund", 1, 1),
                comment(HATE, HATE_TEXT, "5552", "Troll Trollsson", 2, 0));
        comments(QUESTION, comment(REPLY, "Vardagar 06–20 enligt webben.", "5553", "Omar Olsson", 3, 1));
        comments(REPLY, comment(REPLY_OF_REPLY, "Tack, då går jag i morgon!", "5551", "Lena Lund", 4, 0));
        server.stubFor(delete(urlPathEqualTo("/v23.0/" + HATE)).willReturn(okJson("{\"success\": true}")));
        server.stubFor(any(urlPathMatching("/v23.0/.*")).atPriority(20).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": {\"message\": \"Unsupported "
                        + "request in the system test's fake\", \"type\": \"GraphMethodException\", \"code\": 100}}")));
    }

    /** What archive-service gets as {@code archive.platforms.graph.base-url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v23.0";
    }

    /** Every request the fake received, oldest first. */
    List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(urlPathMatching(".*")));
    }

    private void comments(String parent, String... comments) {
        server.stubFor(get(urlPathEqualTo("/v23.0/" + parent + "/comments"))
                .willReturn(okJson("{\"data\": [" + String.join(", ", comments) + "], \"paging\": {}}")));
    }

    private String comment(String id, String message, String userId, String name, int minutesAfter, int replies) {
        return "{\"id\": \"" + id + "\", \"message\": \"" + message + "\", \"from\": {\"id\": \"" + userId
                + "\", \"name\": \"" + name + "\"}, \"created_time\": \"" + at(minutesAfter) + "\","
                + " \"is_hidden\": false, \"comment_count\": " + replies
                + ", \"permalink_url\": \"https://www.facebook.com/katrineholmskommun/posts/7001?comment_id=" + id
                + "\"}";
    }

    private static String page(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"Katrineholms kommun\"}";
    }

    private String at(int minutesAfter) {
        return posted.plusMinutes(minutesAfter).format(GRAPH_TIME);
    }

    @Override
    public void close() {
        server.stop();
    }
}
