package se.uppsikt.moderation.report;

import static se.uppsikt.pdfa.PdfA.escape;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.moderation.report.api.SupervisionReport;
import se.uppsikt.moderation.report.api.SupervisionReport.ChannelMonth;
import se.uppsikt.pdfa.PdfA;

/** The monthly supervision report as PDF/A-2b, the edition that is filed and kept (RF 1 kap. 9 §, req. 28). */
@ApplicationScoped
public class SupervisionReportDocument {

    public byte[] render(SupervisionReport report) {
        String channels = report.channels().stream().map(SupervisionReportDocument::channel)
                .collect(Collectors.joining("\n"));
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv">
                <head><title>Tillsynsrapport %s</title>
                <style>body { font-size: 10pt; } th, td { text-align: left; padding-right: 10pt; vertical-align: top; }</style>
                </head>
                <body>
                <h1>Tillsynsrapport %s</h1>
                <p>Uppsikt över inkommande meddelanden enligt BBS-lagen 4 §, per kanal. Månad enligt svensk tid
                (%s); framtagen %s.</p>
                %s
                </body>
                </html>
                """
                .formatted(report.month(), report.month(), escape(report.timeZone()), report.generatedAt(),
                        channels.isEmpty() ? "<p>Inga meddelanden eller beslut under månaden.</p>" : channels);
        return PdfA.render(xhtml.strip());
    }

    private static String channel(ChannelMonth c) {
        return """
                <h2>Kanal %s</h2>
                <table>
                <tr><th>Granskningsgräns</th><td>%d timmar</td></tr>
                <tr><th>Inkomna meddelanden</th><td>%d</td></tr>
                <tr><th>Granskade</th><td>%d, varav %d inom gränsen (andel %.1f %%)</td></tr>
                <tr><th>Larm om försenad granskning</th><td>%d</td></tr>
                <tr><th>Beslut per utfall</th><td>%s</td></tr>
                <tr><th>Borttagningar och blockeringar per skäl</th><td>%s</td></tr>
                <tr><th>Beslut per moderator</th><td>%s</td></tr>
                </table>
                """.formatted(c.channelId(), c.thresholdSeconds() / 3600, c.itemsReceived(), c.reviewed(),
                c.reviewedWithinThreshold(), c.shareReviewedWithinThreshold() * 100, c.overdueAlerts(),
                counts(c.decisionsByOutcome()), counts(c.removalsAndBlocksByReason()),
                counts(c.decisionsByModerator()));
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty()
                ? "–"
                : counts.entrySet().stream().map(e -> escape(e.getKey()) + ": " + e.getValue())
                        .collect(Collectors.joining(", "));
    }
}
