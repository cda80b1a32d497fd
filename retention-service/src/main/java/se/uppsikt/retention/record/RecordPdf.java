package se.uppsikt.retention.record;

import static se.uppsikt.pdfa.PdfA.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import se.uppsikt.pdfa.PdfA;

/**
 * The disposal record as PDF/A-2b, the form in which it is kept permanently and registered (requirement 55). The
 * text is Swedish because the reader is the authority's registrator or arkivansvarig, not a developer.
 */
public final class RecordPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private RecordPdf() {
    }

    /** Renders the record and has veraPDF validate it; a file that is not PDF/A is never returned. */
    public static byte[] render(DisposalRecord r) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"sv\"><head><title>Gallringsprotokoll ")
                .append(escape(r.decision().reference())).append("</title><style>")
                .append("body{font-size:10pt} table{border-collapse:collapse;width:100%} ")
                .append("td,th{border:1px solid #444;padding:2px 4px;text-align:left;font-size:8pt} ")
                .append(".hash{font-size:6pt}</style></head><body>");
        html.append("<h1>Gallringsprotokoll</h1><table>");
        row(html, "Gallringsomgång", r.runId().toString());
        row(html, "Gallringsbeslut", r.decision().reference() + " (" + r.decision().decidingBody() + ")");
        row(html, "Rättslig grund", r.decision().legalBasis());
        row(html, "Gallringsfrist", r.decision().retentionPeriod() + " från " + r.decision().retentionTrigger());
        row(html, "Beslutsdokument SHA-256",
                r.decision().documentSha256() == null ? "–" : r.decision().documentSha256());
        row(html, "Provgallring skapad", r.createdBy() + ", " + time(r.createdAt()));
        row(html, "Godkänd av", r.approvedBy() == null
                ? "– (beslutet kräver inte godkännande)"
                : r.approvedBy() + ", " + time(r.approvedAt()));
        row(html, "Verkställd av", r.executedBy() + ", " + time(r.executionStartedAt()) + " – "
                + time(r.executedAt()));
        row(html, "Kandidater / gallringsbara", r.candidates() + " / " + r.eligible());
        row(html, "Utfall", counts(r.outcomes()));
        row(html, "Undantagna i provgallringen", counts(r.exclusions()));
        row(html, "Kopior utanför systemets räckvidd", r.copiesOutsideReach());
        html.append("</table><h2>Per kanal och handlingstyp</h2><table><tr><th>Kanal</th><th>Typ</th>")
                .append("<th>Gallrade</th><th>Ej gallrade</th></tr>");
        for (DisposalRecord.ChannelKindCount c : r.perChannelAndKind()) {
            html.append("<tr><td>").append(c.channelId()).append("</td><td>").append(c.kind()).append("</td><td>")
                    .append(c.disposed()).append("</td><td>").append(c.skipped()).append("</td></tr>");
        }
        html.append("</table><h2>Gallrade handlingar</h2><table><tr><th>Id</th><th>Typ</th><th>SHA-256</th></tr>");
        for (DisposalRecord.DisposedItem d : r.disposed()) {
            html.append("<tr><td>").append(d.itemId()).append("</td><td>").append(d.kind())
                    .append("</td><td class=\"hash\">").append(escape(d.contentSha256())).append("</td></tr>");
        }
        html.append("</table><h2>Ej gallrade, med skäl</h2><table><tr><th>Id</th><th>Typ</th><th>Skäl</th></tr>");
        for (DisposalRecord.SkippedItem s : r.skipped()) {
            html.append("<tr><td>").append(s.itemId()).append("</td><td>").append(s.kind()).append("</td><td>")
                    .append(escape(s.reason())).append("</td></tr>");
        }
        html.append("</table></body></html>");
        return PdfA.renderValidated(html.toString());
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "–" : counts.toString().replace("{", "").replace("}", "");
    }

    private static String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }
}
