package se.uppsikt.moderation.registration;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Drops each registration as a CITS ERMS XML file (FGS Ärendehantering 2.0's successor, E-ARK CITS ERMS 3.0) into a
 * directory the case system imports from. There is no answer: the registrar's import calls back with the number
 * ({@code POST /api/v1/registrations/{id}/complete}). The file is named after the source reference, so a repeated
 * hand-over replaces the same file instead of adding a second document. Attachments are written first, beside the
 * XML in {@code <name>.files/}, and referenced as {@code appendix} elements with paths relative to the XML file.
 * Every file is validated against the ERMS schema the operator configured ({@code registration.file-drop.erms-schema})
 * before it is dropped; one that does not validate is never dropped and goes to the dead-letter list with the
 * schema's reason.
 */
@ApplicationScoped
public class CitsErmsFileDropAdapter implements CaseSystemAdapter {

    static final String NAMESPACE = "https://DILCIS.eu/XML/ERMS";
    private static final Logger LOG = Logger.getLogger(CitsErmsFileDropAdapter.class);

    private final RegistrationConfig config;
    private final Optional<Schema> schema;

    public CitsErmsFileDropAdapter(RegistrationConfig config) {
        this.config = config;
        this.schema = config.fileDrop().ermsSchema().map(CitsErmsFileDropAdapter::loadSchema);
        if (schema.isEmpty() && "cits-erms-file-drop".equals(config.adapter())) {
            LOG.warn("registration.file-drop.erms-schema is not set: CITS ERMS files are dropped without a schema"
                    + " check; place the DILCIS Board's ERMS_v3.xsd and point the setting at it");
        }
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
        String xml = xml(registration);
        validate(xml);
        try {
            Files.createDirectories(directory);
            for (Attachment a : registration.attachments) {
                Path target = directory.resolve(attachmentPath(fileName, a.name));
                Files.createDirectories(target.getParent());
                writeAtomically(target, a.content);
            }
            // The XML last: the import starts from it, and by then every file it names is in place.
            writeAtomically(directory.resolve(fileName), xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException("file drop not writable: " + e.getClass().getSimpleName(), false);
        }
        return Optional.empty();
    }

    /** Written beside the target and moved in one step, so the import never reads half a file. */
    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String fileName(String sourceReference) {
        return safe(sourceReference) + ".xml";
    }

    static String attachmentPath(String xmlFileName, String attachmentName) {
        return xmlFileName.replaceAll("\\.xml$", "") + ".files/" + safe(attachmentName);
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    void validate(String xml) throws DeliveryFailedException {
        if (schema.isEmpty()) {
            return;
        }
        Path schemaFile = config.fileDrop().ermsSchema().orElseThrow();
        try {
            Validator validator = schema.get().newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new DeliveryFailedException("the CITS ERMS XML does not validate against " + schemaFile.getFileName()
                    + " (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + e.getMessage(), true);
        } catch (SAXException | IOException e) {
            throw new DeliveryFailedException("the CITS ERMS XML could not be validated: " + e.getMessage(), true);
        }
    }

    /** A configured schema that cannot be read stops the service at startup rather than at the first drop. */
    private static Schema loadSchema(Path file) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(file.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("registration.file-drop.erms-schema " + file
                    + " is not a usable XML schema: " + e.getMessage(), e);
        }
    }

    static String xml(Registration r) throws DeliveryFailedException {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("erms");
            x.writeDefaultNamespace(NAMESPACE);
            control(x, r);
            x.writeStartElement("aggregations");
            caseFile(x, r);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new DeliveryFailedException("registration could not be written as CITS ERMS XML", true);
        }
        return out.toString();
    }

    private static void control(XMLStreamWriter x, Registration r) throws XMLStreamException {
        x.writeStartElement("control");
        identification(x, "sourceReference", r.sourceReference);
        identification(x, "registryUnit", r.registryUnit);
        x.writeStartElement("maintenanceInformation");
        x.writeEmptyElement("maintenanceStatus");
        x.writeAttribute("value", "new");
        x.writeStartElement("maintenanceAgency");
        element(x, "agencyName", r.sourceService);
        x.writeEndElement();
        x.writeStartElement("maintenanceHistory");
        x.writeStartElement("maintenanceEvent");
        x.writeEmptyElement("eventType");
        x.writeAttribute("value", "created");
        Instant created = r.createdAt == null ? Instant.now() : r.createdAt;
        element(x, "eventDateTime", created.truncatedTo(ChronoUnit.SECONDS).toString());
        agent(x, "creator", r.requestedBy == null ? r.sourceService : r.requestedBy, null);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void caseFile(XMLStreamWriter x, Registration r) throws XMLStreamException {
        x.writeStartElement("aggregation");
        // Stable per source reference, so a repeated hand-over describes the same case file.
        x.writeAttribute("systemIdentifier",
                UUID.nameUUIDFromBytes(("case:" + r.sourceReference).getBytes(StandardCharsets.UTF_8)).toString());
        x.writeAttribute("aggregationType", "caseFile");
        element(x, "objectId", r.caseNumber != null ? r.caseNumber : "new-case:" + r.sourceReference);
        if (r.caseNumber != null) {
            identification(x, "caseNumber", r.caseNumber);
        }
        if (r.newCaseClassification != null) {
            x.writeStartElement("classification");
            x.writeAttribute("classificationCode", r.newCaseClassification);
            x.writeCharacters(r.newCaseClassification);
            x.writeEndElement();
        }
        element(x, "title", r.newCaseTitle);
        if (r.newCaseType != null) {
            x.writeStartElement("notes");
            x.writeStartElement("note");
            x.writeAttribute("noteType", "caseType");
            x.writeCharacters(r.newCaseType);
            x.writeEndElement();
            x.writeEndElement();
        }
        record(x, r);
        x.writeEndElement();
    }

    private static void record(XMLStreamWriter x, Registration r) throws XMLStreamException {
        x.writeStartElement("record");
        x.writeAttribute("systemIdentifier", r.id.toString());
        x.writeAttribute("recordType", "document");
        x.writeAttribute("recordPhysicalOrDigital", "digital");
        element(x, "objectId", r.id.toString());
        extraId(x, "sourceReference", r.sourceReference);
        extraId(x, "externalReference", r.externalReference);
        element(x, "title", r.documentTitle);
        if (r.protectedTitle != null) {
            x.writeStartElement("otherTitle");
            x.writeAttribute("titleType", "protectedTitle");
            x.writeCharacters(r.protectedTitle);
            x.writeEndElement();
        }
        if (r.isSecret()) {
            x.writeStartElement("restriction");
            x.writeAttribute("restrictionType", "confidential");
            String shielded = protectedParts(r);
            element(x, "explanatoryText", shielded.isEmpty() ? null : shielded);
            element(x, "regulation", r.secrecyProvision);
            x.writeEndElement();
        }
        x.writeEmptyElement("direction");
        x.writeAttribute("directionDefinition", switch (r.direction) {
            case INKOMMANDE -> "incoming";
            case UPPRATTAD -> "outgoing";
            case INTERN -> "internal_memo_without_follow-up";
        });
        if (r.counterparty != null || r.responsibleUnit != null) {
            x.writeStartElement("agents");
            if (r.counterparty != null) {
                agent(x, switch (r.direction) {
                    case INKOMMANDE -> "sender";
                    case UPPRATTAD -> "recipient";
                    case INTERN -> "counterpart";
                }, r.counterparty, null);
            }
            if (r.responsibleUnit != null) {
                agent(x, "administrator", r.responsibleUnit, r.responsibleUnit);
            }
            x.writeEndElement();
        }
        element(x, "description", r.description);
        x.writeStartElement("dates");
        x.writeStartElement("date");
        x.writeAttribute("dateType", r.direction == Direction.INKOMMANDE ? "received" : "created");
        x.writeCharacters(r.documentDate.atStartOfDay().toString() + ":00");
        x.writeEndElement();
        x.writeEndElement();
        if (!r.attachments.isEmpty()) {
            x.writeStartElement("additionalInformation");
            String xmlFile = fileName(r.sourceReference);
            for (Attachment a : r.attachments) {
                x.writeEmptyElement("appendix");
                x.writeAttribute("name", a.name);
                x.writeAttribute("description", "SHA-256 " + a.sha256);
                x.writeAttribute("fileFormat", a.mediaType);
                x.writeAttribute("path", attachmentPath(xmlFile, a.name));
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** The parts OSL protects, for the case system's restricted fields; never in the public title or description. */
    private static String protectedParts(Registration r) {
        StringBuilder text = new StringBuilder();
        if (r.protectedDescription != null) {
            text.append("Skyddad beskrivning: ").append(r.protectedDescription);
        }
        if (r.protectedCounterparty != null) {
            text.append(text.isEmpty() ? "" : "\n").append("Skyddad motpart: ").append(r.protectedCounterparty);
        }
        return text.toString();
    }

    private static void identification(XMLStreamWriter x, String type, String value) throws XMLStreamException {
        if (value != null) {
            x.writeStartElement("identification");
            x.writeAttribute("identificationType", type);
            x.writeCharacters(value);
            x.writeEndElement();
        }
    }

    private static void extraId(XMLStreamWriter x, String type, String value) throws XMLStreamException {
        if (value != null) {
            x.writeStartElement("extraId");
            x.writeAttribute("extraIdType", type);
            x.writeCharacters(value);
            x.writeEndElement();
        }
    }

    private static void agent(XMLStreamWriter x, String type, String name, String unit) throws XMLStreamException {
        x.writeStartElement("agent");
        x.writeAttribute("agentType", type);
        element(x, "name", name);
        element(x, "unitName", unit);
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        if (text != null) {
            x.writeStartElement(name);
            x.writeCharacters(text);
            x.writeEndElement();
        }
    }
}
