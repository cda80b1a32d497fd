package se.uppsikt.moderation.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.uppsikt.moderation.DownstreamFakes;
import se.uppsikt.testsupport.Tokens;

/** Case systems that take a registration now and send the number later: a 202 webhook, or a CITS ERMS file drop. */
@QuarkusTest
class CaseSystemHandOverTest {

    @Inject
    RegistrationRepository repository;

    @Inject
    RegistrationDispatcher dispatcher;

    @Inject
    CitsErmsFileDropAdapter fileDrop;

    @BeforeEach
    void caseSystemRegistersEverything() {
        DownstreamFakes.resetToDefaults();
    }

    @Test
    void acceptedWithoutNumberWaitsForTheCallbackWhichStoresIt() throws Exception {
        String reference = RegistrationFixtures.uniqueReference();
        DownstreamFakes.server.stubFor(post(urlEqualTo(DownstreamFakes.CASE_SYSTEM_PATH)).atPriority(1)
                .withHeader("Idempotency-Key", equalTo(reference)).willReturn(aResponse().withStatus(202)));
        String id = given().auth().oauth2(Tokens.forService("retention-service"))
                .contentType(ContentType.JSON).body(RegistrationFixtures.disposalRecord(reference))
                .when().post("/api/v1/registrations")
                .then().statusCode(202).extract().path("registrationId");
        Instant now = Instant.now();

        dispatcher.dispatchDue(now);
        Registration handedOver = QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(UUID.fromString(id)));
        assertEquals(RegistrationStatus.PENDING, handedOver.status);
        assertNull(handedOver.lastError);
        assertTrue(handedOver.nextAttemptAt.isAfter(now.plusSeconds(23 * 3600)), "waits a day for the callback");

        given().auth().oauth2(Tokens.forService("case-system"))
                .contentType(ContentType.JSON).body("""
                        {"registrationNumber": "KS 2026/0777-1"}
                        """)
                .when().post("/api/v1/registrations/" + id + "/complete")
                .then().statusCode(200)
                .body("status", Matchers.equalTo("REGISTERED"))
                .body("registrationNumber", Matchers.equalTo("KS 2026/0777-1"));
    }

    @Test
    void fileDropWritesOneCitsErmsFilePerSourceReference() throws Exception {
        Registration secret = new Registration();
        secret.id = UUID.randomUUID();
        secret.sourceReference = "moderation:decision:" + UUID.randomUUID();
        secret.sourceService = "moderation-service";
        secret.registryUnit = "SN";
        secret.newCaseTitle = "Synpunkt via Facebook";
        secret.newCaseType = "Synpunkt";
        secret.documentTitle = "Meddelande från användare";
        secret.description = "Uppgifter utelämnade med stöd av OSL 26 kap. 1 §";
        secret.direction = Direction.INKOMMANDE;
        secret.documentDate = LocalDate.of(2026, 1, 15);
        secret.counterparty = "Sekretess";
        secret.secrecyProvision = "OSL 26 kap. 1 §";
        secret.protectedDescription = "Berättar om sitt ärende hos socialtjänsten";

        assertEquals(Optional.empty(), fileDrop.deliver(secret));
        assertEquals(Optional.empty(), fileDrop.deliver(secret));

        Path directory = Path.of("target/cits-erms-drop");
        Path file = directory.resolve(CitsErmsFileDropAdapter.fileName(secret.sourceReference));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith(
                    CitsErmsFileDropAdapter.fileName(secret.sourceReference).replace(".xml", ""))).count());
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
        assertEquals(CitsErmsFileDropAdapter.NAMESPACE, xml.getDocumentElement().getNamespaceURI());
        assertEquals("erms", xml.getDocumentElement().getLocalName());
        assertEquals("incoming", ((org.w3c.dom.Element) xml.getElementsByTagNameNS(CitsErmsFileDropAdapter.NAMESPACE,
                "direction").item(0)).getAttribute("directionDefinition"));
        assertEquals("OSL 26 kap. 1 §", xml.getElementsByTagNameNS(CitsErmsFileDropAdapter.NAMESPACE, "regulation")
                .item(0).getTextContent());
        assertFalse(xml.getElementsByTagNameNS(CitsErmsFileDropAdapter.NAMESPACE, "description").item(0)
                .getTextContent().contains("socialtjänsten"), "the public description keeps the secret out");
        validAgainstTheErmsSchema(file);
    }

    /**
     * Checked here with the schema loaded independently of the adapter, so the adapter cannot pass its own test. The
     * repository has no copy of the DILCIS Board's ERMS_v3.xsd (its licence is theirs to state; operators configure
     * it), so the tests use a structural schema of our own: the ERMS root element and namespace.
     */
    private static void validAgainstTheErmsSchema(Path file) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of(TEST_SCHEMA).toFile())
                .newValidator().validate(new StreamSource(file.toFile()));
    }

    private static final String TEST_SCHEMA = "src/test/resources/erms/erms-root-for-tests.xsd";

    private static Registration disposalRecord() {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.sourceReference = "retention:run:" + UUID.randomUUID();
        r.sourceService = "retention-service";
        r.requestedBy = "retention-service";
        r.registryUnit = "KS";
        r.caseNumber = "KS 2026/0123";
        r.documentTitle = "Gallringsprotokoll Facebooksidan Kultur";
        r.description = "Gallring av inlägg äldre än två år";
        r.direction = Direction.UPPRATTAD;
        r.documentDate = LocalDate.of(2026, 1, 15);
        r.responsibleUnit = "Kommunledningskontoret";
        r.externalReference = "retention:run:42";
        r.createdAt = Instant.parse("2026-01-15T09:30:00Z");
        Attachment protocol = new Attachment();
        protocol.name = "gallringsprotokoll 2026.pdf";
        protocol.mediaType = "application/pdf";
        protocol.content = "%PDF-1.7 protokoll".getBytes(StandardCharsets.UTF_8);
        protocol.sha256 = "0f0f";
        r.attachments.add(protocol);
        return r;
    }

    @Test
    void fileDropOfAnExistingCaseWithAnAttachmentValidatesAndNamesTheAttachmentFile() throws Exception {
        Registration record = disposalRecord();

        assertEquals(Optional.empty(), fileDrop.deliver(record));

        Path directory = Path.of("target/cits-erms-drop");
        Path file = directory.resolve(CitsErmsFileDropAdapter.fileName(record.sourceReference));
        validAgainstTheErmsSchema(file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());
        org.w3c.dom.Element appendix = (org.w3c.dom.Element) xml
                .getElementsByTagNameNS(CitsErmsFileDropAdapter.NAMESPACE, "appendix").item(0);
        assertEquals("gallringsprotokoll 2026.pdf", appendix.getAttribute("name"));
        Path attachment = directory.resolve(appendix.getAttribute("path"));
        assertEquals("%PDF-1.7 protokoll", Files.readString(attachment), "the path is relative to the XML file");
        assertEquals("outgoing", ((org.w3c.dom.Element) xml.getElementsByTagNameNS(CitsErmsFileDropAdapter.NAMESPACE,
                "direction").item(0)).getAttribute("directionDefinition"));
        assertEquals("KS 2026/0123", xml.getElementsByTagNameNS(CitsErmsFileDropAdapter.NAMESPACE, "objectId").item(0)
                .getTextContent());
    }

    @Test
    void fileThatDoesNotValidateIsNeverDroppedAndFailsPermanentlyWithTheReason() {
        Registration record = disposalRecord();
        record.attachments.clear();
        // A control character a platform let through: not allowed in XML 1.0, so the file cannot validate.
        record.description = "Gallring av inlägg \u0001 äldre än två år";

        DeliveryFailedException failure = assertThrows(DeliveryFailedException.class, () -> fileDrop.deliver(record));

        assertTrue(failure.permanent(), "goes to the dead-letter list at once");
        assertTrue(failure.getMessage().contains("does not validate against erms-root-for-tests.xsd"),
                failure.getMessage());
        assertFalse(Files.exists(Path.of("target/cits-erms-drop")
                .resolve(CitsErmsFileDropAdapter.fileName(record.sourceReference))));
    }
}
