package se.uppsikt.archive.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.uppsikt.archive.OutsideWorld;
import se.uppsikt.testsupport.Tokens;

/** Renditions name the channel and the authority as the register knows them (issue 4's missing point, contract 10). */
@QuarkusTest
class ChannelNamesInRenditionsTest {

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void reset() {
        OutsideWorld.resetToDefaults();
        circuitBreakers.resetAll();
    }

    private static String pdfText(UUID channel) throws Exception {
        String itemId = ingest(batch(List.of(item(channel, "p-" + UUID.randomUUID(), null, "POST", "OUTBOUND",
                "Öppet hus på Ängelholms bibliotek")))).extract().path("results[0].itemId");
        String id = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .contentType(ContentType.JSON).body("""
                        {"itemId": "%s", "scope": "THREAD"}""".formatted(itemId))
                .when().post("/api/v1/renditions")
                .then().statusCode(201).extract().path("id");
        byte[] pdf = given().auth().oauth2(Tokens.forUser("anna", "archivist"))
                .when().get("/api/v1/renditions/" + id + "/pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void renditionShowsTheChannelsAndTheAuthoritysNamesFromTheRegister() throws Exception {
        UUID channel = UUID.randomUUID();
        UUID authority = UUID.randomUUID();
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/channels/" + channel)).atPriority(1)
                .willReturn(okJson(OutsideWorld.channel(channel, "FACEBOOK_PAGE", "424242", null,
                        "Ängelholms bibliotek på Facebook").replace(OutsideWorld.DEFAULT_AUTHORITY.toString(),
                                authority.toString()))));
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/authorities/" + authority)).atPriority(1)
                .willReturn(okJson("""
                        {"id": "%s", "name": "Ängelholms kommun", "organisationNumber": "212000-1066"}
                        """.formatted(authority))));

        String text = pdfText(channel);

        assertTrue(text.contains("Ängelholms bibliotek på Facebook"), text);
        assertTrue(text.contains("Ängelholms kommun"), text);
        assertTrue(text.contains("FACEBOOK_PAGE"), text);
        assertFalse(text.contains("kanal okänd i registret"), text);
        // the register was asked with the archive's own client-credentials token
        OutsideWorld.server.verify(getRequestedFor(urlEqualTo("/api/v1/channels/" + channel))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void renditionSaysVisiblyWhenTheRegisterCannotBeReached() throws Exception {
        UUID channel = UUID.randomUUID();
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/channels/" + channel)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        String text = pdfText(channel);

        assertTrue(text.contains("kanal okänd i registret"), text);
        assertTrue(text.replace(" ", "").contains(channel.toString()), text);
        assertTrue(text.contains("FACEBOOK_PAGE"), text);
        assertFalse(text.contains("Testkanalen"), text);
    }
}
