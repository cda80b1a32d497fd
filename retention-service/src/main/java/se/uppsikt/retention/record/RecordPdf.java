package se.uppsikt.retention.record;

import static se.uppsikt.pdfa.PdfA.escape;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import se.uppsikt.pdfa.PdfA;

/**
 * The disposal record as PDF/A-2b, the form in which it is kept permanently and registered (requirement 55). It holds
 * the summary and names the complete item list, a CSV file, by its SHA-256: PDF/A-2 may embed only PDF/A files,
 * and a layout of 200,000 table rows would have to be held in memory whole. Small runs also list their items in the
 * PDF itself. The text is Swedish because the reader is the authority's registrator or arkivansvarig.
 */
public final class RecordPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private static final Map<String, String> NOT_DESTROYED_SV = Map.of(
            "SKIPPED_HELD", "arkivet fann ett spärrbeslut (hold) när omgången verkställdes; handlingen och alla dess "
                    + "kopior finns kvar och gallras i en senare omgång när spärren hävts",
            "NOT_FOUND", "arkivet har varken handlingen eller spår av att den gallrats; omgången förstörde ingenting. "
                    + "Fanns handlingen har den lämnat arkivet utan gallring, vilket bör utredas",
            "ALREADY_DISPOSED", "handlingen var redan gallrad i en tidigare omgång (arkivets gravsten behåller "
                    + "kontrollsumman); den omgångens protokoll förtecknar den",
            "SKIPPED_PRESERVED", "ett beslut i kraft vid verkställandet säger att sådana handlingar bevaras; "
                    + "handlingen skickades inte till arkivet");

    private RecordPdf() {
    }

    /**
     * Renders the record and has veraPDF validate it; a file that is not PDF/A is never returned.
     *
     * @param list the CSV item list this PDF vouches for by hash
     * @param listAttached whether the registration carries the list as an attachment (else it is kept by Uppsikt)
     * @param inline the items to list in the PDF itself, or {@code null} when the run is too large for that
     */
    public static byte[] render(RecordSummary r, RecordItems.ListFile list, boolean listAttached,
            List<ListedItem> inline) {
        StringBuilder html = new StringBuilder(8192);
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
        row(html, "Ej gallrade per skäl", counts(r.skippedByReason()));
        row(html, "Gallrade utan kontrollsumma", Long.toString(r.disposedWithoutChecksum()));
        html.append("</table>");

        html.append("<h2>Förteckning över handlingarna</h2><p>Den fullständiga förteckningen över gallrade och ej ")
                .append("gallrade handlingar (id, kanal, typ, utfall eller skäl, SHA-256 för innehållet, frist ")
                .append("räknad från, styrande beslut; aldrig innehållet) är filen <b>").append(escape(list.name()))
                .append("</b> (CSV, UTF-8), ").append(list.rows()).append(" rader, ").append(list.bytes())
                .append(" byte.</p><p>SHA-256 för förteckningen:</p><p class=\"hash\">").append(list.sha256())
                .append("</p><p>")
                .append(listAttached
                        ? "Förteckningen är bifogad registreringen av detta protokoll."
                        : "Förteckningen är för stor för att bifogas registreringen. Den bevaras i Uppsikt "
                                + "(gallringsomgången gallras aldrig) och hämtas från " + escape(r.itemList().href())
                                + "; kontrollsumman ovan visar att den är oförändrad. Leverera den till e-arkivet "
                                + "tillsammans med protokollet.")
                .append(" Protokollet och förteckningen bevisar tillsammans vad som gallrades: PDF/A-2 får inte ")
                .append("bädda in andra filer än PDF/A, och en förteckning med hundratusentals rader hör hemma i ")
                .append("en fil som kan läsas maskinellt.</p>");

        html.append("<h2>Kopior</h2><table>");
        row(html, "Förstörda av arkivet per gallrad handling", r.copiesDestroyed());
        row(html, "Kopior utanför systemets räckvidd", r.copiesOutsideReach());
        row(html, "Handlingstyper som omfattas", r.recordTypesCovered().toString().replace("[", "").replace("]", ""));
        row(html, "Handlingstyper som inte omfattas", r.recordTypesNotCovered());
        html.append("</table>");

        html.append("<h2>Vad arkivet inte förstörde</h2>");
        if (r.notDestroyed().isEmpty()) {
            html.append("<p>Arkivet förstörde varje handling som skickades till det.</p>");
        } else {
            html.append("<table><tr><th>Svar</th><th>Antal</th><th>Innebörd</th></tr>");
            for (RecordSummary.NotDestroyed n : r.notDestroyed()) {
                html.append("<tr><td>").append(escape(n.outcome())).append("</td><td>").append(n.count())
                        .append("</td><td>").append(escape(NOT_DESTROYED_SV.getOrDefault(n.outcome(), n.meaning())))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }

        html.append("<h2>Per kanal och handlingstyp</h2><table><tr><th>Kanal</th><th>Typ</th>")
                .append("<th>Gallrade</th><th>Ej gallrade</th></tr>");
        for (RecordSummary.ChannelKindCount c : r.perChannelAndKind()) {
            html.append("<tr><td>").append(c.channelId()).append("</td><td>").append(c.kind()).append("</td><td>")
                    .append(c.disposed()).append("</td><td>").append(c.skipped()).append("</td></tr>");
        }
        html.append("</table>");

        if (inline != null) {
            html.append("<h2>Handlingarna</h2><table><tr><th>Id</th><th>Typ</th><th>Utfall / skäl</th>")
                    .append("<th>SHA-256</th></tr>");
            for (ListedItem i : inline) {
                html.append("<tr><td>").append(i.itemId()).append("</td><td>").append(i.kind()).append("</td><td>")
                        .append(escape(i.result())).append("</td><td class=\"hash\">")
                        .append(i.contentSha256() == null ? "–" : escape(i.contentSha256())).append("</td></tr>");
            }
            html.append("</table>");
        } else {
            html.append("<p>Handlingarna förtecknas bara i förteckningsfilen ovan: omgången är för stor för att ")
                    .append("de ska skrivas ut här.</p>");
        }
        html.append("</body></html>");
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
