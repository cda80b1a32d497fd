package se.uppsikt.registry.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.uppsikt.registry.channel.ChannelFixtures.BBS_1998;
import static se.uppsikt.registry.channel.ChannelFixtures.BBS_2018;
import static se.uppsikt.registry.channel.ChannelFixtures.completeInformation;
import static se.uppsikt.registry.channel.ChannelFixtures.facebookPage;
import static se.uppsikt.registry.channel.ChannelFixtures.uniqueHandle;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.uppsikt.registry.DownstreamFakes;
import se.uppsikt.registry.catalogue.ReasonCatalogueClient;
import se.uppsikt.registry.channel.api.ChannelRequest;
import se.uppsikt.registry.channel.api.InformationRequest;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class ChannelLifecycleTest {

    @Inject
    ObjectMapper json;

    @Inject
    ReasonCatalogueClient catalogue;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void restoreFakes() {
        DownstreamFakes.resetToDefaults();
        catalogue.forget();
        // A test that makes a dependency fail must not leave a breaker open for the next test.
        circuitBreakers.resetAll();
    }

    @Test
    void channelWithoutInformationTextCannotBecomeActiveAndEveryMissingPartIsNamed() throws Exception {
        String id = register(null);
        status(id, "ACTIVE")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/information-incomplete"))
                .body("errors.field", hasItems("information.userInformationUrl", "information.identity",
                        "information.visibility", "information.publicRecord", "information.prohibitedContentCodes",
                        "information.breachMeasures", "information.privacyNoticeUrl"));
        read(id).body("status", equalTo("PLANNED"));
    }

    @Test
    void informationListingOnlyThe1998CrimesCannotOpenAChannel() throws Exception {
        String id = register(completeInformation(BBS_1998));
        status(id, "ACTIVE")
                .statusCode(422)
                .body("field", equalTo("information.prohibitedContentCodes"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("BBS_OLAGA_HOT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("BBS_OLAGA_INTEGRITETSINTRANG"));
        read(id).body("status", equalTo("PLANNED")).body("informationStatus", equalTo("INFO_OUTDATED"));
    }

    @Test
    void completeChannelGoesThroughItsWholeLifeAndClosesAfterTheFinalCapture() throws Exception {
        String id = register(completeInformation(BBS_2018));
        status(id, "ACTIVE").statusCode(200).body("status", equalTo("ACTIVE")).body("startDate", notNullValue());
        status(id, "PAUSED").statusCode(200).body("status", equalTo("PAUSED"));
        status(id, "ACTIVE").statusCode(200);
        status(id, "CLOSED").statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("finalCaptureId", notNullValue())
                .body("endDate", notNullValue());

        // The archive was asked, with this service's own token, for a full capture because the channel closes.
        DownstreamFakes.server.verify(postRequestedFor(urlEqualTo("/api/v1/captures"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matching(".*\"channelId\":\"" + id + "\".*\"trigger\":\"CHANNEL_CLOSURE\".*")));
        given().auth().oauth2(Tokens.forUser("greta", "auditor")).get("/api/v1/channels/" + id + "/history")
                .then().statusCode(200)
                .body("findAll { it.field == 'status' }.newValue", hasItems("ACTIVE", "PAUSED", "CLOSED"));
    }

    @Test
    void closeIsRefusedWhenTheArchiveCannotConfirmTheFinalCaptureAndNothingChanges() throws Exception {
        String id = register(completeInformation(BBS_2018));
        status(id, "ACTIVE").statusCode(200);
        DownstreamFakes.server.stubFor(post(urlEqualTo("/api/v1/captures"))
                .willReturn(aResponse().withStatus(503)));
        status(id, "CLOSED")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://uppsikt.se/problems/final-capture-not-confirmed"));
        read(id).body("status", equalTo("ACTIVE")).body("finalCaptureId", nullValue()).body("endDate", nullValue());
    }

    @Test
    void failedCaptureAlsoKeepsTheChannelOpen() throws Exception {
        String id = register(completeInformation(BBS_2018));
        status(id, "ACTIVE").statusCode(200);
        DownstreamFakes.server.stubFor(post(urlEqualTo("/api/v1/captures")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"6f1c0a4e-0d55-4d4c-9b1a-7f6f2b5a1c11\", \"status\": \"FAILED\"}")));
        status(id, "CLOSED").statusCode(409);
        read(id).body("status", equalTo("ACTIVE"));
    }

    @Test
    void invalidTransitionsAreConflicts() throws Exception {
        String id = register(completeInformation(BBS_2018));
        status(id, "PAUSED").statusCode(409)
                .body("type", equalTo("https://uppsikt.se/problems/invalid-transition"));
        status(id, "CLOSED").statusCode(200);
        status(id, "ACTIVE").statusCode(409);
        read(id).body("status", equalTo("CLOSED"));
    }

    @Test
    void closedChannelRecordCannotBeEdited() throws Exception {
        ChannelRequest request = facebookPage(ChannelFixtures.authority(), uniqueHandle(), null);
        String id = given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(request)).post("/api/v1/channels").then().statusCode(201).extract()
                .path("id");
        status(id, "CLOSED").statusCode(200);
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(request)).put("/api/v1/channels/" + id)
                .then().statusCode(409).body("type", equalTo("https://uppsikt.se/problems/channel-closed"));
    }

    @Test
    void activeChannelIsFlaggedOutdatedWhenTheCatalogueGainsAStatutoryCategory() throws Exception {
        String id = register(completeInformation(BBS_2018));
        status(id, "ACTIVE").statusCode(200);
        read(id).body("informationStatus", equalTo("CURRENT"));

        String newer = DownstreamFakes.CATALOGUE_2018.replace("\"version\": 1", "\"version\": 2")
                .replace("\"validFrom\": \"2018-01-01\"", "\"validFrom\": \"2022-07-01\"")
                .replace("\"reasons\": [", "\"reasons\": [{\"code\": \"BBS_NY_KATEGORI\", \"group\": \"STATUTORY\","
                        + " \"titleSv\": \"Ny kategori\"},");
        DownstreamFakes.server.stubFor(get(urlEqualTo("/api/v1/reasons")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(newer)));
        catalogue.forget();
        read(id).body("informationStatus", equalTo("INFO_OUTDATED"));
    }

    @Test
    void activationIsRefusedWhileTheCatalogueCannotBeRead() throws Exception {
        String id = register(completeInformation(BBS_2018));
        DownstreamFakes.server.stubFor(get(urlEqualTo("/api/v1/reasons")).willReturn(aResponse().withStatus(500)));
        catalogue.forget();
        status(id, "ACTIVE").statusCode(503)
                .body("type", equalTo("https://uppsikt.se/problems/reason-catalogue-unavailable"));
        read(id).body("status", equalTo("PLANNED"));
    }

    private String register(InformationRequest information) throws Exception {
        ChannelRequest request = facebookPage(ChannelFixtures.authority(), uniqueHandle(), information);
        return given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(request)).post("/api/v1/channels").then().statusCode(201).extract()
                .path("id");
    }

    private ValidatableResponse status(String id, String status) {
        return given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\", \"note\": \"test\"}")
                .when().post("/api/v1/channels/" + id + "/status").then();
    }

    private ValidatableResponse read(String id) {
        return given().auth().oauth2(Tokens.forUser("greta", "auditor")).get("/api/v1/channels/" + id).then()
                .statusCode(200);
    }
}
