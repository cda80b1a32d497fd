package se.uppsikt.archive.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class SearchResourceTest {

    private static void changeVisibility(String id, String body) {
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/items/" + id + "/visibility")
                .then().statusCode(200);
    }

    @Test
    void swedishInflectionsMatch() {
        UUID channel = UUID.randomUUID();
        String id = ingest(batch(List.of(item(channel, "p-1", null, "POST", "OUTBOUND",
                "Nu öppnar kommunen en ny simhall")))).extract().path("results[0].itemId");

        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/search?q=kommunens&channelId=" + channel)
                .then().statusCode(200)
                .body("items.itemId", hasItem(id))
                .body("total", equalTo(1));
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/search?q=simhallar&channelId=" + channel)
                .then().statusCode(200)
                .body("items.itemId", hasItem(id));
    }

    @Test
    void internalSearchFiltersByAuthorDirectionKindAndPeriod() {
        UUID channel = UUID.randomUUID();
        var results = ingest(batch(List.of(
                item(channel, "p-2", null, "POST", "OUTBOUND", "Inlägg"),
                item(channel, "c-2", "p-2", "COMMENT", "INBOUND", "Kommentar")
                        .replace("medborgare_1", "Kritisk_Granskare"))))
                .extract();
        String comment = results.path("results[1].itemId");

        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .queryParam("channelId", channel.toString()).queryParam("authorHandle", "kritisk_granskare")
                .queryParam("direction", "INBOUND").queryParam("kind", "COMMENT")
                .queryParam("from", "2026-03-01T00:00:00Z").queryParam("to", "2026-03-02T00:00:00Z")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].itemId", equalTo(comment))
                .body("items[0].text", equalTo("Kommentar"));
        given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .queryParam("channelId", channel.toString()).queryParam("to", "2026-03-01T00:00:00Z")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void secretItemsAreNotListedForRolesNotCleared() {
        UUID channel = UUID.randomUUID();
        String id = ingest(batch(List.of(item(channel, "c-3", null, "COMMENT", "INBOUND", "Hemlig sak"))))
                .extract().path("results[0].itemId");
        changeVisibility(id, """
                {"visibility": "SECRET", "reason": "Sekretess", "secrecyProvision": "OSL 26 kap. 1 §"}""");

        given().auth().oauth2(Tokens.forUser("maja", "moderator"))
                .when().get("/api/v1/search?channelId=" + channel)
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/search?channelId=" + channel)
                .then().statusCode(200)
                .body("items.itemId", hasItem(id));
    }

    @Test
    void publicSearchShowsOnlyPublicOutboundItems() {
        UUID channel = UUID.randomUUID();
        var results = ingest(batch(List.of(
                item(channel, "p-4", null, "POST", "OUTBOUND", "Kommunen informerar om vattnet"),
                item(channel, "p-5", null, "POST", "OUTBOUND", "Kommunen informerar om skolan"),
                item(channel, "p-6", null, "POST", "OUTBOUND", "Kommunen informerar om vården"),
                item(channel, "c-4", "p-4", "COMMENT", "INBOUND", "Kommunen svarar aldrig")))).extract();
        String published = results.path("results[0].itemId");
        String restricted = results.path("results[1].itemId");
        String secret = results.path("results[2].itemId");
        String inbound = results.path("results[3].itemId");
        changeVisibility(restricted, """
                {"visibility": "RESTRICTED", "reason": "Borttaget från plattformen"}""");
        changeVisibility(secret, """
                {"visibility": "SECRET", "reason": "Sekretess", "secrecyProvision": "OSL 18 kap. 8 §"}""");

        given().when().get("/api/public/v1/search?q=kommunens&channelId=" + channel)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.itemId", hasItem(published))
                .body("items.itemId", not(hasItem(restricted)))
                .body("items.itemId", not(hasItem(secret)))
                .body("items.itemId", not(hasItem(inbound)))
                .body("items[0].text", equalTo("Kommunen informerar om vattnet"))
                .body("items[0]", not(hasItem("visibility")));
        given().when().get("/api/public/v1/search?size=100")
                .then().statusCode(200)
                .body("items.itemId", not(hasItem(restricted)))
                .body("items.itemId", not(hasItem(secret)));
    }

    @Test
    void publicSearchCountsHitsOnlyUpToTheLimitAndSaysSo() {
        // archive.public.search.count-limit is 100: one more matching post than that
        UUID channel = UUID.randomUUID();
        List<String> posts = new java.util.ArrayList<>();
        for (int n = 0; n < 101; n++) {
            posts.add(item(channel, "fest-" + n, null, "POST", "OUTBOUND", "Bänkbyfestivalen dag " + n));
        }
        ingest(batch(posts));
        UUID small = UUID.randomUUID();
        ingest(batch(List.of(item(small, "fest-a", null, "POST", "OUTBOUND", "Bänkbyfestivalen i år"),
                item(small, "fest-b", null, "POST", "OUTBOUND", "Bänkbyfestivalen nästa år"))));

        given().when().get("/api/public/v1/search?q=Bänkbyfestivalen&channelId=" + channel)
                .then().statusCode(200)
                .body("total", equalTo(100))
                .body("totalIsLowerBound", equalTo(true))
                .body("items.size()", equalTo(20));
        given().when().get("/api/public/v1/search?q=Bänkbyfestivalen&channelId=" + small)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("totalIsLowerBound", equalTo(false));
        given().when().get("/arkiv?q=Bänkbyfestivalen")
                .then().statusCode(200)
                .body(containsString("Fler än 100 träffar"))
                .body(containsString("Nästa sida"));
    }

    @Test
    void publicSearchPageSizeIsCapped() {
        given().when().get("/api/public/v1/search?size=101")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("size"));
    }

    @Test
    void publicPageIsSwedishHtmlWithResultsInStockholmTime() {
        UUID channel = UUID.randomUUID();
        ingest(batch(List.of(item(channel, "p-7", null, "POST", "OUTBOUND", "Välkommen till öppet hus på ån"))));

        given().when().get("/arkiv?q=öppet")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("Välkommen till öppet hus på ån"))
                .body(containsString("2026-03-01 11:15 +01:00"))
                .body(not(containsString("<script")));
    }

    @Test
    void publicPageSpeaksSwedishToPeopleNotEnumNames() {
        ingest(batch(List.of(item(UUID.randomUUID(), "p-kvarn", null, "POST", "OUTBOUND",
                "Kvarnbäcksdagen flyttas till lördag"))));

        given().when().get("/arkiv?q=Kvarnbäcksdagen")
                .then().statusCode(200)
                .body(containsString("1 träff<"))
                .body(containsString("Facebook-sida"))
                .body(not(containsString("FACEBOOK_PAGE")));
    }

    @Test
    void internalSearchWithoutTokenIsUnauthorized() {
        given().when().get("/api/v1/search?q=kommun").then().statusCode(401);
    }

    @Test
    void internalSearchForChannelAdminIsForbidden() {
        given().auth().oauth2(Tokens.forUser("kim", "channel-admin"))
                .when().get("/api/v1/search?q=kommun").then().statusCode(403);
    }

    @Test
    void internalSearchResultsNeverIncludeOtherChannelsWhenOneIsNamed() {
        UUID channel = UUID.randomUUID();
        ingest(batch(List.of(item(channel, "p-8", null, "POST", "OUTBOUND", "Kanal åtta"))));
        given().auth().oauth2(Tokens.forUser("admin", "admin"))
                .when().get("/api/v1/search?channelId=" + channel)
                .then().statusCode(200)
                .body("items.channelId", everyItem(equalTo(channel.toString())));
    }
}
