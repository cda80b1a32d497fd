package se.uppsikt.archive.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
class ItemRegistrationResourceTest {

    private static String comment(UUID channel, String platformId) {
        return ingest(batch(List.of(item(channel, platformId, null, "COMMENT", "INBOUND",
                "Jag vill överklaga bygglovet")))).extract().path("results[0].itemId");
    }

    private static io.restassured.response.ValidatableResponse register(String itemId, String number, String role) {
        return given().auth().oauth2(Tokens.forUser("rut", role)).contentType(ContentType.JSON)
                .body("{\"registrationNumber\": \"" + number + "\"}")
                .when().post("/api/v1/items/" + itemId + "/registrations").then();
    }

    @Test
    void registeredItemIsFoundByItsRegistrationNumberAndRegisteringAgainAddsNothing() {
        UUID channel = UUID.randomUUID();
        String registered = comment(channel, "reg-1");
        comment(channel, "reg-2");
        String number = "KS 2026/" + (1000 + (int) (Math.random() * 8999));

        register(registered, number, "registrar").statusCode(200)
                .body("", hasSize(1))
                .body("[0].registrationNumber", equalTo(number))
                .body("[0].registeredBy", equalTo("rut"));
        register(registered, number, "registrar").statusCode(200).body("", hasSize(1));

        given().auth().oauth2(Tokens.forUser("arvid", "archivist"))
                .queryParam("registrationNumber", number)
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].itemId", equalTo(registered));
        given().auth().oauth2(Tokens.forUser("arvid", "archivist"))
                .queryParam("registrationNumber", number).queryParam("channelId", channel.toString())
                .queryParam("q", "överklaga")
                .when().get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void blankRegistrationNumberIsRejectedAndNothingIsRecorded() {
        String id = comment(UUID.randomUUID(), "reg-3");
        register(id, "  ", "registrar").statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("registrationNumber"));
        given().auth().oauth2(Tokens.forUser("arvid", "archivist"))
                .when().get("/api/v1/items/" + id + "/registrations")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void unknownItemIsNotFound() {
        register(UUID.randomUUID().toString(), "KS 2026/0001", "registrar").statusCode(404);
    }

    @Test
    void withoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body("{\"registrationNumber\": \"KS 2026/0001\"}")
                .when().post("/api/v1/items/" + UUID.randomUUID() + "/registrations").then().statusCode(401);
        given().when().get("/api/v1/items/" + UUID.randomUUID() + "/registrations").then().statusCode(401);
    }

    @Test
    void archivistMayReadButNotRegisterAndChannelAdminMayDoNeither() {
        String id = comment(UUID.randomUUID(), "reg-4");
        register(id, "KS 2026/0002", "archivist").statusCode(403);
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin"))
                .when().get("/api/v1/items/" + id + "/registrations").then().statusCode(403);
    }
}
