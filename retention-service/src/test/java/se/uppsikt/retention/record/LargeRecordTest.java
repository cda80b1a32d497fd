package se.uppsikt.retention.record;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.retention.run.RunFixtures.RUNS;
import static se.uppsikt.retention.run.RunFixtures.decision;
import static se.uppsikt.retention.run.RunFixtures.dryRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import se.uppsikt.retention.FakeDownstream;
import se.uppsikt.retention.FakeDownstream.Item;
import se.uppsikt.retention.decision.Sha256;
import se.uppsikt.testsupport.Tokens;

/**
 * A run too large for the PDF/A to list its items and for its list to be attached to the registration, made small by
 * lowering both limits: the registration carries the PDF/A alone, which names the list by hash and says where it is
 * kept, and the list fetched later has that hash.
 */
@QuarkusTest
@TestProfile(LargeRecordTest.SmallLimits.class)
class LargeRecordTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("retention.record.pdf-item-limit", "2", "retention.registration.list-attachment-max-bytes",
                    "200");
        }
    }

    @Test
    void listTooLargeToAttachIsRegisteredByHashAndKeptInUppsikt() {
        UUID authority = UUID.randomUUID();
        UUID channel = FakeDownstream.channel(authority, "MASTODON", null, null);
        Instant old = Instant.now().minus(5 * 366, ChronoUnit.DAYS);
        List<Item> items = List.of(FakeDownstream.item(channel, "POST", old, false),
                FakeDownstream.item(channel, "POST", old, false), FakeDownstream.item(channel, "POST", old, true));
        String runId = dryRun(decision(authority, List.of(channel), "\"POST\"", "P1Y", "CREATED", false, ""));
        given().auth().oauth2(Tokens.forUser("karin", "archivist"))
                .when().post(RUNS + "/" + runId + "/execute").then().statusCode(200);

        byte[] list = given().auth().oauth2(Tokens.forUser("rut", "registrar"))
                .when().get(RUNS + "/" + runId + "/record/items.csv")
                .then().statusCode(200)
                .extract().asByteArray();
        String listSha256 = Sha256.hex(list);
        assertTrue(list.length > 200, "the list is over the attachment limit: " + list.length);

        JsonNode sent = FakeDownstream.REGISTRATION_REQUESTS.stream()
                .filter(r -> r.get("sourceReference").asText().equals("retention:run:" + runId)).findFirst()
                .orElseThrow();
        assertEquals(1, sent.get("attachments").size(), "only the PDF/A is attached");
        assertTrue(sent.get("description").asText().contains(listSha256 + ", bevaras i Uppsikt"),
                sent.get("description").asText());
        JsonNode pdf = sent.get("attachments").get(0);
        assertEquals(pdf.get("sha256").asText(), pdf.get("decodedSha256").asText());
        String text = text(Base64.getDecoder().decode(pdf.get("contentBase64").asText()));
        assertTrue(text.contains(listSha256), "the registered PDF/A names the list's hash");
        assertTrue(text.contains("för stor för att bifogas registreringen"), text);
        assertTrue(text.contains(RUNS + "/" + runId + "/record/items.csv"), text);
        assertTrue(text.contains("förtecknas bara i förteckningsfilen"), "three items are over the PDF limit of 2");
        items.forEach(i -> assertTrue(!text.contains(i.itemId.toString()), "no item listed in the PDF itself"));
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
