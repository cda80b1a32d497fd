package se.uppsikt.registry.publicregister;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.uppsikt.registry.channel.Channel;

/**
 * The register as files: the public CSV (requirement 4) and the CSV and XML export for the arkivbeskrivning and
 * informationshanteringsplan (requirement 7). Headers are Swedish because the readers are. No e-mail address is
 * ever written; a person's name only where it is marked publishable.
 */
public final class RegisterFormats {

    private static final String[] PUBLIC_HEADER = {"myndighet", "plattform", "namn", "konto", "adress", "syfte",
            "dialog", "ansvarig_funktion", "ansvarig_namn", "status", "startdatum", "slutdatum"};

    private static final String[] EXPORT_HEADER = {"kanal_id", "myndighet", "plattform", "namn", "konto", "adress",
            "syfte", "egenskap", "dialog", "ansvarig_funktion", "stallforetradare_funktion", "klassificering",
            "gallringsbeslut", "fangstintervall", "fangstschema", "fangstomfattning", "villkor_granskade",
            "villkor_granskade_av", "gemensamt_personuppgiftsansvar", "status", "startdatum", "slutdatum",
            "slutlig_fangst"};

    private RegisterFormats() {
    }

    public static String publicCsv(List<RegisterEntry> entries) {
        return csv(PUBLIC_HEADER, entries, (e, c) -> new Object[]{e.authorityName(), c.platform, c.name, c.handle,
                c.url, c.purpose, c.dialogueEnabled ? "ja" : "nej", c.responsibleFunction,
                c.responsibleNamePublic ? c.responsibleName : "", c.status, date(c.startDate), date(c.endDate)});
    }

    public static String exportCsv(List<RegisterEntry> entries) {
        return csv(EXPORT_HEADER, entries, (e, c) -> new Object[]{c.id, e.authorityName(), c.platform, c.name,
                c.handle, c.url, c.purpose, c.capacity, c.dialogueEnabled ? "ja" : "nej", c.responsibleFunction,
                c.deputyFunction, nullToEmpty(c.classificationCode), String.join("; ", c.retentionDecisionRefs),
                nullToEmpty(c.captureInterval), nullToEmpty(c.captureCron), c.captureScope, date(c.termsReviewedOn),
                nullToEmpty(c.termsReviewedBy), c.jointController ? "ja" : "nej", c.status, date(c.startDate),
                date(c.endDate), c.finalCaptureId == null ? "" : c.finalCaptureId});
    }

    public static String exportXml(List<RegisterEntry> entries, LocalDate exportedOn) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("kanalforteckning");
            xml.writeAttribute("exporterad", exportedOn.toString());
            for (RegisterEntry e : entries) {
                Channel c = e.channel();
                xml.writeStartElement("kanal");
                xml.writeAttribute("id", c.id.toString());
                element(xml, "myndighet", e.authorityName());
                element(xml, "plattform", c.platform.name());
                element(xml, "namn", c.name);
                element(xml, "konto", c.handle);
                element(xml, "adress", c.url);
                element(xml, "syfte", c.purpose);
                element(xml, "egenskap", c.capacity.name());
                element(xml, "dialog", c.dialogueEnabled ? "ja" : "nej");
                element(xml, "ansvarigFunktion", c.responsibleFunction);
                element(xml, "stallforetradareFunktion", c.deputyFunction);
                element(xml, "klassificering", c.classificationCode);
                for (String ref : c.retentionDecisionRefs) {
                    element(xml, "gallringsbeslut", ref);
                }
                xml.writeStartElement("fangst");
                xml.writeAttribute("omfattning", c.captureScope.name());
                if (c.captureInterval != null) {
                    xml.writeAttribute("intervall", c.captureInterval);
                }
                if (c.captureCron != null) {
                    xml.writeAttribute("schema", c.captureCron);
                }
                xml.writeEndElement();
                element(xml, "villkorGranskade", c.termsReviewedOn == null ? null : c.termsReviewedOn.toString());
                element(xml, "villkorGranskadeAv", c.termsReviewedBy);
                element(xml, "gemensamtPersonuppgiftsansvar", c.jointController ? "ja" : "nej");
                element(xml, "status", c.status.name());
                element(xml, "startdatum", date(c.startDate));
                element(xml, "slutdatum", date(c.endDate));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("Could not write the register as XML", ex);
        }
        return out.toString();
    }

    private interface Row {
        Object[] values(RegisterEntry entry, Channel channel);
    }

    private static String csv(String[] header, List<RegisterEntry> entries, Row row) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (RegisterEntry e : entries) {
                printer.printRecord(row.values(e, e.channel()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
