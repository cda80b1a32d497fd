package se.uppsikt.moderation.registration;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Drops each registration as a CITS ERMS XML file (FGS Ärendehantering 2.0's successor) into a directory the case
 * system imports from. There is no answer: the registrar's import calls back with the number
 * ({@code POST /api/v1/registrations/{id}/complete}). The file is named after the source reference, so a repeated
 * hand-over replaces the same file instead of adding a second document. The element structure follows the
 * specification's erms/control/aggregations/aggregation/records/record outline; it is not yet validated against the
 * published ERMS.xsd.
 */
@ApplicationScoped
public class CitsErmsFileDropAdapter implements CaseSystemAdapter {

    static final String NAMESPACE = "https://DILCIS.eu/XML/ERMS";

    private final RegistrationConfig config;

    public CitsErmsFileDropAdapter(RegistrationConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "cits-erms-file-drop";
    }

    @Override
    public Optional<String> deliver(Registration registration) throws DeliveryFailedException {
        Path directory = config.fileDrop().directory().orElseThrow(
                () -> new DeliveryFailedException("registration.file-drop.directory is not configured", true));
        String fileName = fileName(registration.sourceReference);
        try {
            Files.createDirectories(directory);
            // Written beside the target and moved in one step, so the import never reads half a file.
            Path partial = directory.resolve(fileName + ".part");
            Files.writeString(partial, xml(registration), StandardCharsets.UTF_8);
            Files.move(partial, directory.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DeliveryFailedException("file drop not writable: " + e.getClass().getSimpleName(), false);
        }
        return Optional.empty();
    }

    static String fileName(String sourceReference) {
        return sourceReference.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
    }

    static String xml(Registration r) throws DeliveryFailedException {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("erms");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeStartElement("control");
            element(x, "identification", r.sourceReference);
            element(x, "sourceSystem", r.sourceService);
            element(x, "registryUnit", r.registryUnit);
            x.writeEndElement();
            x.writeStartElement("aggregations");
            x.writeStartElement("aggregation");
            x.writeAttribute("type", "caseFile");
            element(x, "identification", r.caseNumber);
            element(x, "title", r.newCaseTitle);
            element(x, "caseType", r.newCaseType);
            element(x, "classification", r.newCaseClassification);
            x.writeStartElement("records");
            x.writeStartElement("record");
            x.writeAttribute("type", "document");
            element(x, "title", r.documentTitle);
            element(x, "description", r.description);
            x.writeEmptyElement("direction");
            x.writeAttribute("directionDefinition", switch (r.direction) {
                case INKOMMANDE -> "incoming";
                case UPPRATTAD -> "outgoing";
                case INTERN -> "internal";
            });
            element(x, "date", r.documentDate.toString());
            element(x, "agent", r.counterparty);
            if (r.isSecret()) {
                x.writeStartElement("restriction");
                x.writeAttribute("restrictionType", "confidential");
                element(x, "regulation", r.secrecyProvision);
                element(x, "protectedTitle", r.protectedTitle);
                element(x, "protectedDescription", r.protectedDescription);
                element(x, "protectedAgent", r.protectedCounterparty);
                x.writeEndElement();
            }
            element(x, "responsibleUnit", r.responsibleUnit);
            element(x, "externalReference", r.externalReference);
            for (Attachment a : r.attachments) {
                x.writeStartElement("file");
                x.writeAttribute("name", a.name);
                x.writeAttribute("mimeType", a.mediaType);
                x.writeAttribute("checksum", a.sha256);
                x.writeAttribute("checksumType", "SHA-256");
                x.writeCharacters(Base64.getEncoder().encodeToString(a.content));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new DeliveryFailedException("registration could not be written as CITS ERMS XML", true);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        if (text != null) {
            x.writeStartElement(name);
            x.writeCharacters(text);
            x.writeEndElement();
        }
    }
}
