package se.uppsikt.archive.sip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.uppsikt.archive.Fixtures.batch;
import static se.uppsikt.archive.Fixtures.count;
import static se.uppsikt.archive.Fixtures.ingest;
import static se.uppsikt.archive.Fixtures.item;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.disclosure.DeadlineClock;
import se.uppsikt.testsupport.Tokens;

@QuarkusTest
class SipExportResourceTest {

    private static final String BASE = "/api/v1/sip-exports";

    @Inject
    EntityManager em;

    @Inject
    SipValidator validator;

    @Inject
    SipOverdueJob overdueJob;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "archive.sip.transfer.directory")
    Path dropDirectory;

    @ConfigProperty(name = "archive.sip.work-directory")
    Path workDirectory;

    private static String archivist() {
        return Tokens.forUser("anna", "archivist");
    }

    /** A post with a photo, a comment (removed, its evidence held), a reply and a media item. Returns the comment. */
    private static String channelWithARemoval(UUID channel) {
        ExtractableResponse<Response> r = ingest(batch(List.of(
                item(channel, "p-1", null, "POST", "OUTBOUND", "Nu öppnar biblioteket i Åby"),
                item(channel, "c-1", "p-1", "COMMENT", "INBOUND", "Kränkande kommentar som togs bort"),
                item(channel, "r-1", "c-1", "REPLY", "OUTBOUND", "Vi har tagit bort kommentaren enligt vår policy"),
                item(channel, "m-1", "p-1", "MEDIA", "OUTBOUND", "Bild från invigningen")))).extract();
        String comment = r.path("results[1].itemId");
        given().auth().oauth2(Tokens.forUser("maja", "archivist")).contentType(ContentType.JSON).body("""
                {"reason": "MODERATION_EVIDENCE", "reference": "MOD 2026/17",
                 "description": "Bevis säkrat före borttagning (BBS-lagen 5 §)", "scope": {"itemIds": ["%s"]}}
                """.formatted(comment))
                .when().post("/api/v1/holds")
                .then().statusCode(201);
        return comment;
    }

    private static ExtractableResponse<Response> create(UUID channel) {
        return given().auth().oauth2(archivist()).contentType(ContentType.JSON).body("""
                {"channelId": "%s", "periodFrom": "2026-01-01T00:00:00Z", "periodTo": "2026-07-01T00:00:00Z"}
                """.formatted(channel))
                .when().post(BASE)
                .then().statusCode(201)
                .extract();
    }

    @Test
    void aSipForAChannelWithPostsRepliesMediaAndARemovalValidatesWithCommonsIp() throws IOException {
        UUID channel = UUID.randomUUID();
        String removed = channelWithARemoval(channel);

        ExtractableResponse<Response> created = create(channel);
        String id = created.path("id");
        String packageId = created.path("packageId");
        assertEquals("VALID", created.path("status"));
        assertEquals(Boolean.TRUE, created.path("validation.valid"));
        assertEquals(List.of("rep-structured", "rep-pdfa", "rep-moderation"), created.path("representations"));
        assertEquals(Boolean.TRUE, created.path("mayContainDisposable"));
        assertEquals(Boolean.TRUE, created.path("containsPersonalData"));
        assertEquals(Boolean.FALSE, created.path("containsSecret"));
        Log.infof("FIGURES SIP %s: %d items, %d bytes, validation %d ms", packageId,
                created.<Integer>path("itemCount"), created.<Integer>path("sizeBytes"),
                created.<Integer>path("validation.millis"));

        byte[] zip = given().auth().oauth2(archivist()).when().get(BASE + "/" + id + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(created.<String>path("sha256"), Sha256.of(zip));
        Map<String, byte[]> entries = unzip(zip);
        String root = packageId + "/";
        entries.keySet().forEach(name -> assertTrue(name.startsWith(root), name + " is outside the root folder"));
        String mets = text(entries, root + "METS.xml");
        assertTrue(mets.contains("OBJID=\"" + packageId + "\""));
        assertTrue(mets.contains("csip:OAISPACKAGETYPE=\"SIP\""));
        assertTrue(mets.contains("PROFILE=\"https://earksip.dilcis.eu/profile/E-ARK-SIP"));
        assertTrue(mets.contains("OTHERTYPE=\"SOFTWARE\""));
        assertTrue(mets.contains("csip:NOTETYPE=\"SOFTWARE VERSION\""));
        assertTrue(Pattern.compile("ROLE=\"ARCHIVIST\" TYPE=\"ORGANIZATION\"[^>]*>\\s*<name>Kommunstyrelsen, Exempel"
                + " kommun</name>\\s*<note csip:NOTETYPE=\"IDENTIFICATIONCODE\">212000-0000</note>").matcher(mets)
                .find(), mets);
        for (String rep : List.of("rep-structured", "rep-pdfa", "rep-moderation")) {
            assertTrue(entries.containsKey(root + "representations/" + rep + "/METS.xml"), rep);
        }
        assertTrue(text(entries, root + "representations/rep-structured/data/items.xml").contains("Nu öppnar"));
        assertTrue(entries.keySet().stream()
                .anyMatch(n -> n.startsWith(root + "representations/rep-structured/data/raw/")));
        assertTrue(entries.keySet().stream()
                .anyMatch(n -> n.startsWith(root + "representations/rep-structured/data/media/")
                        && n.endsWith(".png")));
        assertTrue(entries.containsKey(root + "representations/rep-pdfa/data/period.pdf"));
        assertTrue(text(entries, root + "representations/rep-moderation/data/removals.xml").contains(removed));
        assertTrue(entries.containsKey(root + "representations/rep-moderation/data/evidence/" + removed + ".json"));
        String ead = text(entries, root + "metadata/descriptive/ead.xml");
        assertTrue(ead.contains("type=\"may-contain-disposable\">\n      <p>Yes</p>"), ead);
        assertTrue(ead.contains("<accessrestrict id=\"accessrestrict\" type=\"GDPR\">"), ead);
        String premis = text(entries, root + "metadata/preservation/premis.xml");
        for (String event : List.of("capture", "validation", "fixity check", "packaging")) {
            assertTrue(premis.contains("<eventType>" + event + "</eventType>"), event);
        }
        assertTrue(entries.containsKey(root + "schemas/uppsikt-archive-items.xsd"));
        assertTrue(entries.containsKey(root + "documentation/capture-method.txt"));

        // and independently of the service's own verdict: commons-ip2 on a fresh copy
        Path copy = Files.createTempFile("sip-copy-", ".zip");
        Files.write(copy, zip);
        assertTrue(validator.validate(copy).valid());

        // a copy with one changed checksum fails
        Path tampered = Files.createTempFile("sip-tampered-", ".zip");
        Files.write(tampered, withOneChangedChecksum(zip, root + "METS.xml"));
        SipValidator.Result result = validator.validate(tampered);
        assertFalse(result.valid());
        assertTrue(result.errors() > 0);
        Log.infof("FIGURES tampered copy: %s", result.summary());
    }

    @Test
    void aPackageThatNoLongerValidatesIsNeverTransferred() throws IOException {
        UUID channel = UUID.randomUUID();
        channelWithARemoval(channel);
        ExtractableResponse<Response> created = create(channel);
        String id = created.path("id");
        String packageId = created.path("packageId");
        // the stored zip is damaged while it waits for transfer
        Path stored = workDirectory.resolve(packageId + ".zip");
        Files.write(stored, withOneChangedChecksum(Files.readAllBytes(stored), packageId + "/METS.xml"));

        given().auth().oauth2(archivist()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/transfer")
                .then().statusCode(409)
                .body("type", containsString("sip-invalid"));

        assertFalse(Files.exists(dropDirectory.resolve(packageId + ".zip")));
        given().auth().oauth2(archivist()).when().get(BASE + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("transferredAt", equalTo(null));
        given().auth().oauth2(archivist()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/transfer")
                .then().statusCode(409);
        assertEquals(1, count(em, "select count(*) from sip_export_event where export_id = ?1 and kind ="
                + " 'VALIDATION_FAILED'", UUID.fromString(id)));
    }

    @Test
    void aWaitingPackageRaisesTheOverdueAlertOnceAndIsThenTransferredWithAReceipt() throws IOException {
        UUID channel = UUID.randomUUID();
        channelWithARemoval(channel);
        ExtractableResponse<Response> created = create(channel);
        String id = created.path("id");
        String packageId = created.path("packageId");
        double alertsBefore = overdue();

        // within the day nothing is raised
        QuarkusMock.installMockForType(new DeadlineClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(23))),
                DeadlineClock.class);
        assertFalse(overdueJob.run().contains(UUID.fromString(id)));
        // after a day the alert is raised, once
        QuarkusMock.installMockForType(new DeadlineClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(25))),
                DeadlineClock.class);
        assertTrue(overdueJob.run().contains(UUID.fromString(id)));
        assertFalse(overdueJob.run().contains(UUID.fromString(id)));
        assertTrue(overdue() >= alertsBefore + 1);
        given().auth().oauth2(Tokens.forUser("admin", "admin")).when().get(BASE + "/" + id + "/events")
                .then().statusCode(200)
                .body("kind", hasItem("TRANSFER_OVERDUE"));

        given().auth().oauth2(archivist()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/transfer")
                .then().statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transferredBy", equalTo("anna"))
                .body("receipt", containsString(created.<String>path("sha256")));
        Path delivered = dropDirectory.resolve(packageId + ".zip");
        assertEquals(created.<String>path("sha256"), Sha256.of(Files.readAllBytes(delivered)));
        assertTrue(Files.exists(dropDirectory.resolve(packageId + ".zip.sha256")));
        given().auth().oauth2(Tokens.forUser("admin", "admin")).when().get(BASE + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transferTarget", containsString("directory:"))
                .body("transferredAt", notNullValue());
        given().auth().oauth2(archivist()).contentType(ContentType.JSON)
                .when().post(BASE + "/" + id + "/transfer")
                .then().statusCode(409)
                .body("type", containsString("sip-already-transferred"));
        given().auth().oauth2(Tokens.forUser("admin", "admin")).when().get(BASE + "?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void invalidRequestsAreRejectedNamingTheFieldAndNothingIsStored() {
        long before = count(em, "select count(*) from sip_export");
        given().auth().oauth2(archivist()).contentType(ContentType.JSON).body("""
                {"channelId": "%s", "periodFrom": "2026-07-01T00:00:00Z", "periodTo": "2026-01-01T00:00:00Z"}
                """.formatted(UUID.randomUUID()))
                .when().post(BASE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("periodTo"));
        given().auth().oauth2(archivist()).contentType(ContentType.JSON).body("""
                {"periodFrom": "2026-01-01T00:00:00Z", "periodTo": "2026-07-01T00:00:00Z"}""")
                .when().post(BASE)
                .then().statusCode(400)
                .body("field", equalTo("channelId"));
        given().auth().oauth2(archivist()).contentType(ContentType.JSON).body("""
                {"channelId": "%s", "periodFrom": "2026-01-01T00:00:00Z", "periodTo": "2026-07-01T00:00:00Z"}
                """.formatted(UUID.randomUUID()))
                .when().post(BASE)
                .then().statusCode(400)
                .body("field", equalTo("channelId"))
                .body("detail", containsString("no archived items"));
        assertEquals(before, count(em, "select count(*) from sip_export"));
        given().auth().oauth2(archivist()).when().get(BASE + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void everyEndpointNeedsATokenAndTheArchivistRole() {
        String id = UUID.randomUUID().toString();
        String body = """
                {"channelId": "%s", "periodFrom": "2026-01-01T00:00:00Z", "periodTo": "2026-07-01T00:00:00Z"}
                """.formatted(id);
        given().contentType(ContentType.JSON).body(body).when().post(BASE).then().statusCode(401);
        given().contentType(ContentType.JSON).when().post(BASE + "/" + id + "/transfer").then().statusCode(401);
        for (String path : List.of("", "/" + id, "/" + id + "/events", "/" + id + "/content")) {
            given().when().get(BASE + path).then().statusCode(401);
        }
        String registrar = Tokens.forUser("rut", "registrar");
        given().auth().oauth2(registrar).contentType(ContentType.JSON).body(body).when().post(BASE).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.forUser("admin", "admin")).contentType(ContentType.JSON).body(body)
                .when().post(BASE).then().statusCode(403);
        given().auth().oauth2(registrar).contentType(ContentType.JSON).when().post(BASE + "/" + id + "/transfer")
                .then().statusCode(403);
        for (String path : List.of("", "/" + id, "/" + id + "/events", "/" + id + "/content")) {
            given().auth().oauth2(registrar).when().get(BASE + path).then().statusCode(403);
        }
    }

    private double overdue() {
        var counter = meters.find("uppsikt.sip.transfer.overdue").counter();
        return counter == null ? 0 : counter.count();
    }

    private static String text(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        assertTrue(bytes != null, name + " is missing; entries: " + entries.keySet());
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The zip with the first CHECKSUM attribute of the given METS file replaced by another valid-looking one. */
    private static byte[] withOneChangedChecksum(byte[] zip, String metsName) throws IOException {
        Map<String, byte[]> entries = unzip(zip);
        String mets = new String(entries.get(metsName), StandardCharsets.UTF_8);
        Matcher checksum = Pattern.compile("CHECKSUM=\"([0-9A-Fa-f]{64})\"").matcher(mets);
        assertTrue(checksum.find());
        String changed = checksum.group(1).charAt(0) == '0'
                ? "1" + checksum.group(1).substring(1)
                : "0" + checksum.group(1).substring(1);
        entries.put(metsName, mets.replace(checksum.group(1), changed).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
