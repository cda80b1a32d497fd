package se.uppsikt.registry.publicregister;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.registry.channel.ChannelFixtures.BBS_2018;
import static se.uppsikt.registry.channel.ChannelFixtures.completeInformation;
import static se.uppsikt.registry.channel.ChannelFixtures.facebookPage;
import static se.uppsikt.registry.channel.ChannelFixtures.uniqueHandle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.registry.channel.ChannelFixtures;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class PublicRegisterTest {

    @Inject
    ObjectMapper json;

    /** An active channel whose deputy ("Hemlig Handläggare") has not agreed to be named publicly. */
    private String activeChannel(String handle) throws Exception {
        String id = given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(
                        facebookPage(ChannelFixtures.authority(), handle, completeInformation(BBS_2018))))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body("{\"status\": \"ACTIVE\"}").post("/api/v1/channels/" + id + "/status").then().statusCode(200);
        return id;
    }

    private String plannedChannel(String handle) throws Exception {
        return given().auth().oauth2(Tokens.forUser("anna", "channel-admin")).contentType(ContentType.JSON)
                .body(json.writeValueAsString(facebookPage(ChannelFixtures.authority(), handle, null)))
                .post("/api/v1/channels").then().statusCode(201).extract().path("id");
    }

    @Test
    void publicJsonListsActiveChannelsWithoutTokenAndWithoutUnpublishablePersonalData() throws Exception {
        String active = activeChannel(uniqueHandle());
        String planned = plannedChannel(uniqueHandle());
        String body = given().when().get("/api/public/v1/channels")
                .then().statusCode(200)
                .body("find { it.id == '" + active + "' }.status", equalTo("ACTIVE"))
                .body("find { it.id == '" + active + "' }.responsibleName", equalTo("Karin Karlsson"))
                .body("find { it.id == '" + active + "' }.deputyFunction", equalTo("Webbredaktör"))
                .body("find { it.id == '" + active + "' }.deputyName", nullValue())
                .body("find { it.id == '" + planned + "' }", nullValue())
                .extract().asString();
        assertFalse(body.contains("Hemlig Handläggare"), "an unpublishable name must not be public");
        assertFalse(body.contains("@katrineholm.se"), "no e-mail address is public");
    }

    @Test
    void publicHtmlPageIsWellFormedSwedishAndAccessibleWithoutUnpublishableNames() throws Exception {
        String handle = uniqueHandle();
        activeChannel(handle);
        String html = given().when().get("/kanaler")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();

        // Parsed as XML: the page is written so that a strict parser accepts it (no unclosed or stray tags).
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document page = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals("sv", xpath.evaluate("/html/@lang", page));
        assertEquals(1, ((NodeList) xpath.evaluate("//h1", page, XPathConstants.NODESET)).getLength());
        assertEquals("Aktiva, vilande och avslutade kanaler", xpath.evaluate("//table/caption", page).strip());
        assertTrue(((NodeList) xpath.evaluate("//th[@scope='col']", page, XPathConstants.NODESET)).getLength() >= 6);
        assertEquals(0, ((NodeList) xpath.evaluate("//script", page, XPathConstants.NODESET)).getLength(),
                "the page works without JavaScript");
        String row = xpath.evaluate("//tr[td/a[contains(@href, '" + handle + "')]]", page);
        assertTrue(row.contains("Kommunikationschef (Karin Karlsson)"), row);
        assertTrue(row.contains("Aktiv"), row);
        assertTrue(html.contains("allmänna handlingar"));
        assertFalse(html.contains("Hemlig Handläggare"), "an unpublishable name must not be on the page");
        assertFalse(html.contains("@katrineholm.se"), "no e-mail address is on the page");
    }

    @Test
    void publicCsvHasSwedishHeadersAndTheChannel() throws Exception {
        String handle = uniqueHandle();
        activeChannel(handle);
        given().when().get("/api/public/v1/channels.csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("myndighet,plattform,namn,konto,adress,syfte,dialog,ansvarig_funktion"))
                .body(containsString(handle))
                .body(not(containsString("Hemlig Handläggare")));
    }

    @Test
    void exportForTheArchiveDescriptionCarriesClassificationAndRetentionDecisions() throws Exception {
        String handle = uniqueHandle();
        plannedChannel(handle);
        given().auth().oauth2(Tokens.forUser("arvid", "archivist")).when().get("/api/v1/channels/export.csv")
                .then().statusCode(200)
                .body(containsString("klassificering,gallringsbeslut"))
                .body(containsString(handle))
                .body(containsString("1.6.2"))
                .body(containsString("KS 2025/0412"));

        String xml = given().auth().oauth2(Tokens.forUser("arvid", "archivist")).when()
                .get("/api/v1/channels/export.xml").then().statusCode(200).extract().asString();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        String channel = "/kanalforteckning/kanal[konto='" + handle + "']";
        assertEquals("1.6.2", xpath.evaluate(channel + "/klassificering", doc));
        assertEquals("KS 2025/0412", xpath.evaluate(channel + "/gallringsbeslut", doc));
        assertEquals("P6M", xpath.evaluate(channel + "/fangst/@intervall", doc));
        assertEquals("2026-03-02", xpath.evaluate(channel + "/villkorGranskade", doc));
        assertFalse(xml.contains("@katrineholm.se"));
    }
}
