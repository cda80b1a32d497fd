package se.uppsikt.archive.rendition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.registry.ChannelLabel;
import se.uppsikt.pdfa.PdfA;

/**
 * The XHTML of a rendition: items "as they looked", in publication order and indented by reply depth, each with its
 * author, its time in Europe/Stockholm with the offset, its capture provenance and its content hash.
 */
final class RenditionDocument {

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
            .withZone(ZoneId.of("Europe/Stockholm"));

    record Shown(Item item, ItemVersion version) {
    }

    private RenditionDocument() {
    }

    static String xhtml(Item subject, RenditionScope scope, List<Shown> shown, Instant renderedAt, String actor,
            ChannelLabel channel) {
        String title = (scope == RenditionScope.THREAD ? "Tråd" : "Inlägg med sammanhang") + " – "
                + subject.platform + " " + subject.platformItemId;
        StringBuilder html = new StringBuilder("<html lang=\"sv\"><head><title>").append(PdfA.escape(title))
                .append("</title><style>")
                .append("body { font-size: 10pt; } .item { border-top: 1px solid #888; margin-top: 6pt; }")
                .append(" .meta { color: #333; font-size: 8pt; } .hash { font-size: 7pt; }")
                .append("</style></head><body>");
        html.append("<h1>").append(PdfA.escape(title)).append("</h1>");
        html.append("<p class=\"meta\">").append(PdfA.escape(channel.describe(subject.platform.name())))
                .append(". Framställd ").append(SWEDISH_TIME.format(renderedAt)).append(" av ")
                .append(PdfA.escape(actor)).append(" ur arkivet (Uppsikt archive-service).")
                .append(" Tider i svensk tid (Europe/Stockholm) med avvikelse från UTC.</p>");
        Map<UUID, Integer> depth = new HashMap<>();
        for (Shown s : shown) {
            Integer parentDepth = s.item().parentItemId == null ? null : depth.get(s.item().parentItemId);
            int d = parentDepth == null ? 0 : parentDepth + 1;
            depth.put(s.item().id, d);
            html.append(item(s, d, s.item().id.equals(subject.id) && scope == RenditionScope.ITEM_WITH_CONTEXT));
        }
        return html.append("</body></html>").toString();
    }

    private static String item(Shown s, int depth, boolean highlighted) {
        Item i = s.item();
        ItemVersion v = s.version();
        StringBuilder html = new StringBuilder("<div class=\"item\" style=\"margin-left: ")
                .append(Math.min(depth, 8) * 14).append("pt\">");
        html.append("<p><strong>").append(PdfA.escape(author(i))).append("</strong> (")
                .append(i.kind).append(", ").append(i.direction == null ? "" : i.direction).append(") ")
                .append(SWEDISH_TIME.format(i.platformCreatedAt));
        if (v.platformEditedAt != null) {
            html.append(", redigerad ").append(SWEDISH_TIME.format(v.platformEditedAt));
        }
        if (highlighted) {
            html.append(" <strong>– det återgivna inlägget</strong>");
        }
        html.append("</p><p>").append(PdfA.escape(v.text).replace("\n", "<br/>")).append("</p>");
        v.media.forEach(m -> html.append("<p class=\"meta\">Media ").append(PdfA.escape(m.mediaType)).append(" ")
                .append(PdfA.escape(m.sourceUrl)).append(m.sha256 == null ? "" : " SHA-256 " + m.sha256)
                .append("</p>"));
        html.append("<p class=\"meta\">Insamlat ").append(SWEDISH_TIME.format(v.capturedAt)).append(" av ")
                .append(PdfA.escape(v.capturedBy)).append(" med ").append(PdfA.escape(v.captureTool))
                .append(v.sourceUrl == null ? "" : " från " + PdfA.escape(v.sourceUrl)).append(". Version ")
                .append(v.versionNo).append(", plattformens id ").append(PdfA.escape(i.platformItemId))
                .append(".</p>");
        html.append("<p class=\"hash\">SHA-256 ").append(v.contentSha256).append("</p></div>");
        return html.toString();
    }

    private static String author(Item i) {
        if (i.authorDisplayName != null && i.authorHandle != null) {
            return i.authorDisplayName + " (" + i.authorHandle + ")";
        }
        return i.authorDisplayName != null
                ? i.authorDisplayName
                : i.authorHandle != null ? i.authorHandle : "okänd avsändare";
    }
}
