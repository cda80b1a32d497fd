package se.uppsikt.moderation.decision;

import static se.uppsikt.pdfa.PdfA.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.moderation.review.ReviewItem;
import se.uppsikt.pdfa.PdfA;

/**
 * The decision document "Beslut om borttagning" as PDF/A-2b: what was removed, on which ground and legal reference,
 * why, with which sealed evidence, by whom and when. It is attached to the decision's registration, so the diarium
 * holds a document that stays readable as long as the record is kept (RA-FS 2009:2).
 */
@ApplicationScoped
public class DecisionDocument {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    public byte[] render(ModerationDecision d, ReviewItem item, String reasonTitle) {
        String heading = d.outcome == Outcome.BLOCK_USER ? "Beslut om blockering" : "Beslut om borttagning";
        String action = switch (d.outcome) {
            case HIDE -> "Meddelandet döljs.";
            case BLOCK_USER -> "Användaren " + item.authorHandle + " blockeras från kanalen.";
            case SECRET -> "Meddelandet tas bort och märks som sekretessbelagt.";
            default -> "Meddelandet tas bort.";
        };
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv">
                <head><title>%s</title>
                <style>body { font-size: 11pt; } th { text-align: left; padding-right: 12pt; vertical-align: top; }</style>
                </head>
                <body>
                <h1>%s</h1>
                <p>%s</p>
                <table>
                <tr><th>Beslut</th><td>%s</td></tr>
                <tr><th>Kanal</th><td>%s</td></tr>
                <tr><th>Meddelande</th><td>%s (%s) av %s, publicerat %s</td></tr>
                <tr><th>Skäl</th><td>%s (%s)</td></tr>
                <tr><th>Lagrum</th><td>%s</td></tr>
                <tr><th>Motivering</th><td>%s</td></tr>
                <tr><th>Bevis (SHA-256)</th><td>%s</td></tr>
                <tr><th>Beslutat av</th><td>%s</td></tr>
                <tr><th>Tidpunkt</th><td>%s</td></tr>
                </table>
                <p>Meddelandet och bevisen bevaras i arkivet; borttagning från plattformen är inte gallring.</p>
                </body>
                </html>
                """
                .formatted(heading, heading, escape(action), d.id, item.channelId, escape(item.platformItemId),
                        escape(item.kind), escape(item.authorHandle), SWEDISH_TIME.format(item.platformCreatedAt),
                        escape(reasonTitle), escape(d.reasonCode), escape(d.legalReference), escape(d.motivation),
                        d.evidenceSha256 == null ? "" : escape(d.evidenceSha256.replace(",", ", ")),
                        escape(d.decidedBy),
                        SWEDISH_TIME.format(d.decidedAt));
        return PdfA.render(xhtml.strip());
    }
}
