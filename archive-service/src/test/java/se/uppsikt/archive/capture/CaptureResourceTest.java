package se.uppsikt.archive.capture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.uppsikt.archive.Fixtures;
import se.uppsikt.archive.OutsideWorld;
import se.uppsikt.pdfa.PdfA;
import se.uppsikt.testsupport.Tokens;

/**
 * Captures through the Facebook Page connector against a Graph API faked in the shapes of
 * https://developers.facebook.com/docs/graph-api/reference/page/feed and
 * https://developers.facebook.com/docs/graph-api/reference/comment/, going through the ordinary ingest.
 */
@QuarkusTest
class CaptureResourceTest {

    @Inject
    EntityManager em;

    @AfterEach
    void reset() {
        OutsideWorld.resetToDefaults();
    }

    /** A Facebook channel in the register with a token, a page, one post and the given comments. */
    private static UUID facebookChannel(String page, String... comments) {
        UUID channel = UUID.randomUUID();
        OutsideWorld.token(channel, "tok-" + channel);
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/channels/" + channel)).atPriority(1)
                .willReturn(okJson(OutsideWorld.channel(channel, "FACEBOOK_PAGE", page, null, "Kommunens sida"))));
        stubPage(page, comments);
        return channel;
    }

    private static void stubPage(String page, String... comments) {
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + page)).willReturn(okJson("""
                {"id": "%s", "name": "Ängelholms kommun", "about": "Välkommen till kommunens sida",
                 "link": "https://facebook.example/%s", "fan_count": 5400}""".formatted(page, page))));
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + page + "/feed")).willReturn(
                okJson("""
                        {"data": [{"id": "%s_1", "message": "Simhallen öppnar i maj", "created_time": "2026-03-01T10:15:30+0000",
                                   "from": {"name": "Ängelholms kommun", "id": "%s"}}],
                         "paging": {"cursors": {"before": "a", "after": "b"}}}"""
                        .formatted(page, page))));
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < comments.length; i++) {
            data.append(i == 0 ? "" : ",").append("""
                    {"id": "%s_1_c%d", "message": "%s", "created_time": "2026-03-01T11:0%d:00+0000",
                     "from": {"name": "Medborgare %d", "id": "u-%d"}, "is_hidden": false, "comment_count": 0}"""
                    .formatted(page, i, comments[i], i, i, i));
        }
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + page + "_1")).willReturn(okJson("""
                {"id": "%s_1", "message": "Simhallen öppnar i maj", "created_time": "2026-03-01T10:15:30+0000",
                 "from": {"name": "Ängelholms kommun", "id": "%s"}}""".formatted(page, page))));
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + page + "_1/comments")).willReturn(okJson(
                "{\"data\": [" + data + "], \"paging\": {\"cursors\": {\"before\": \"a\", \"after\": \"b\"}}}")));
    }

    private static ValidatableResponse capture(UUID channel, String scope, String trigger) {
        return given().auth().oauth2(Tokens.forUser("arkivarie", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"channelId": "%s", "scope": "%s", "trigger": "%s"}""".formatted(channel, scope, trigger))
                .when().post("/api/v1/captures")
                .then();
    }

    private static String page() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }

    @Test
    void fullCaptureIngestsPageAndThreadsAndLeavesARecordWithProvenanceAndAPdfAOverview() throws Exception {
        String page = page();
        UUID channel = facebookChannel(page, "Bra!", "När öppnar ni?");

        String id = capture(channel, "FULL", "ON_DEMAND")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("ada", "admin"))
                .when().get("/api/v1/captures/" + id)
                .then().statusCode(200)
                .body("platform", org.hamcrest.Matchers.equalTo("FACEBOOK_PAGE"))
                .body("apiVersion", org.hamcrest.Matchers.equalTo("Graph API v23.0"))
                .body("connectorVersion", startsWith("uppsikt-facebook-page"))
                .body("startedAt", notNullValue())
                .body("endedAt", notNullValue())
                .body("counts.seen", org.hamcrest.Matchers.equalTo(4))
                .body("counts.created", org.hamcrest.Matchers.equalTo(4))
                .body("sourceUrls", hasItem("https://facebook.example/" + page))
                .body("sourceUrls", everyItem(not(containsString("tok-"))))
                .body("errors", hasItem(containsString("DIRECT_MESSAGES")))
                .body("overviewValid", org.hamcrest.Matchers.equalTo(true))
                .body("reportedToRegistry", org.hamcrest.Matchers.equalTo(true));
        assertEquals(4, Fixtures.count(em, "select count(*) from item where channel_id = ?1", channel));
        assertEquals(1, Fixtures.count(em, "select count(*) from item where channel_id = ?1 and kind ="
                + " 'PAGE_SNAPSHOT'", channel));
        assertEquals(2, Fixtures.count(em, "select count(*) from item c join item p on c.parent_item_id = p.id"
                + " where c.channel_id = ?1 and p.platform_item_id = ?2", channel, page + "_1"));
        OutsideWorld.server.verify(postRequestedFor(urlEqualTo("/api/v1/channels/" + channel + "/captures"))
                .withRequestBody(equalToJson("{\"captureId\": \"" + id + "\", \"status\": \"SUCCEEDED\"}", true,
                        true)));

        byte[] pdf = given().auth().oauth2(Tokens.forUser("arkivarie", "archivist"))
                .when().get("/api/v1/captures/" + id + "/overview")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(PdfA.validate(pdf).compliant());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Ögonblicksbild"), text);
            assertTrue(text.contains("Kommunens sida"), text);
            assertTrue(text.contains("När öppnar ni?"), text);
            assertTrue(text.contains("Graph API v23.0"), text);
        }
    }

    @Test
    void anEditOnThePlatformIsANewVersionAndAVanishedCommentIsMarkedNotDeleted() {
        String page = page();
        UUID channel = facebookChannel(page, "Första versionen", "Försvinner snart");
        capture(channel, "ITEMS", "ON_DEMAND").statusCode(201);
        String vanishing = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select cast(id as varchar) from item where platform_item_id = ?1")
                .setParameter(1, page + "_1_c1").getSingleResult().toString());

        stubPage(page, "Första versionen, redigerad");
        String second = capture(channel, "ITEMS", "ON_DEMAND")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                .body("counts.newVersions", org.hamcrest.Matchers.equalTo(1))
                .body("counts.unchanged", org.hamcrest.Matchers.equalTo(1))
                .body("counts.goneFromPlatform", org.hamcrest.Matchers.equalTo(1))
                .extract().path("id");

        given().auth().oauth2(Tokens.forUser("arkivarie", "archivist"))
                .when().get("/api/v1/items/" + vanishing)
                .then().statusCode(200)
                .body("platformState.state", org.hamcrest.Matchers.equalTo("DELETED_ON_PLATFORM"))
                .body("platformState.noticedAt", notNullValue())
                .body("platformState.source", org.hamcrest.Matchers.equalTo("capture " + second))
                .body("versions.text", hasItem("Försvinner snart"));
        assertEquals(2, Fixtures.count(em, "select count(*) from item_version v join item i on i.id = v.item_id"
                + " where i.platform_item_id = ?1", page + "_1_c0"));
    }

    @Test
    void anExpiredTokenFailsTheCaptureAndIsReportedForThatChannel() {
        String page = page();
        UUID channel = facebookChannel(page);
        OutsideWorld.server.stubFor(get(urlPathEqualTo("/v23.0/" + page + "/feed")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        """
                                {"error": {"message": "Error validating access token: Session has expired",
                                           "type": "OAuthException", "code": 190, "error_subcode": 463, "fbtrace_id": "F"}}""")));

        String id = capture(channel, "ITEMS", "ON_DEMAND")
                .statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("FAILED"))
                .extract().path("id");

        given().auth().oauth2(Tokens.forService("ops"))
                .when().get("/api/v1/captures/" + id)
                .then().statusCode(200)
                .body("errorKind", org.hamcrest.Matchers.equalTo("TOKEN_EXPIRED"))
                .body("errors[0]", containsString("190"))
                .body("channelId", org.hamcrest.Matchers.equalTo(channel.toString()));
        OutsideWorld.server.verify(postRequestedFor(urlEqualTo("/api/v1/channels/" + channel + "/captures"))
                .withRequestBody(equalToJson("{\"captureId\": \"" + id + "\", \"status\": \"FAILED\"}", true, true)));
    }

    @Test
    void aRepeatedClosureCaptureIsTheSameCapture() {
        UUID channel = facebookChannel(page(), "Hej");
        String first = given().auth().oauth2(Tokens.forService("channel-registry-service"))
                .contentType(ContentType.JSON).body("""
                        {"channelId": "%s", "scope": "OVERVIEW", "trigger": "CHANNEL_CLOSURE"}""".formatted(channel))
                .when().post("/api/v1/captures")
                .then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED"))
                .extract().path("id");
        long captures = Fixtures.count(em, "select count(*) from capture");

        given().auth().oauth2(Tokens.forService("channel-registry-service"))
                .contentType(ContentType.JSON).body("""
                        {"channelId": "%s", "scope": "OVERVIEW", "trigger": "CHANNEL_CLOSURE"}""".formatted(channel))
                .when().post("/api/v1/captures")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo(first));
        assertEquals(captures, Fixtures.count(em, "select count(*) from capture"));
    }

    @Test
    void invalidRequestsNameTheFieldAndRecordNothing() {
        long captures = Fixtures.count(em, "select count(*) from capture");
        given().auth().oauth2(Tokens.forUser("arkivarie", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"channelId": "%s", "trigger": "ON_DEMAND"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/captures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("scope"));
        given().auth().oauth2(Tokens.forUser("arkivarie", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"channelId": "%s", "scope": "FULL", "trigger": "ON_DEMAND",
                         "periodFrom": "2026-03-01T00:00:00Z", "periodTo": "2026-02-01T00:00:00Z"}"""
                        .formatted(UUID.randomUUID()))
                .when().post("/api/v1/captures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("periodTo"));
        assertEquals(captures, Fixtures.count(em, "select count(*) from capture"));
        given().auth().oauth2(Tokens.forUser("arkivarie", "archivist"))
                .when().get("/api/v1/captures/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void capturesNeedATokenAndTheRightRole() {
        long captures = Fixtures.count(em, "select count(*) from capture");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/captures").then().statusCode(401);
        given().when().get("/api/v1/captures/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("mona", "moderator"))
                .contentType(ContentType.JSON).body("""
                        {"channelId": "%s", "scope": "FULL", "trigger": "ON_DEMAND"}""".formatted(UUID.randomUUID()))
                .when().post("/api/v1/captures")
                .then().statusCode(403);
        given().when().get("/api/v1/captures/" + UUID.randomUUID() + "/overview").then().statusCode(401);
        given().auth().oauth2(Tokens.forUser("kalle", "channel-admin"))
                .when().get("/api/v1/captures/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Tokens.forUser("mona", "moderator"))
                .when().get("/api/v1/captures/" + UUID.randomUUID() + "/overview").then().statusCode(403);
        assertEquals(captures, Fixtures.count(em, "select count(*) from capture"));
    }
}
