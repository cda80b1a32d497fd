package se.uppsikt.archive.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.uppsikt.archive.blob.BlobStore;
import se.uppsikt.archive.item.Item;
import se.uppsikt.archive.item.ItemVersion;
import se.uppsikt.archive.item.MediaRef;
import se.uppsikt.pdfa.PdfA;

/**
 * Items as they leave the archive, for disclosure packages and e-arkiv packages alike: an XHTML page for the PDF/A
 * rendition, an XML document (schema {@link #ITEMS_XSD}) and a JSON-ready map. {@code Shown} carries the text and
 * author to show, which for a masked item are the masked ones; the item and version themselves are never changed.
 */
public final class ItemExport {

    public static final String NAMESPACE = "https://uppsikt.se/xml/archive-items/1";

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")
            .withZone(ZoneId.of("Europe/Stockholm"));

    public record Shown(Item item, ItemVersion version, String text, String author, String maskedUnder) {

        public static Shown original(Item item, ItemVersion version) {
            return new Shown(item, version, version.text, ItemExport.author(item), null);
        }
    }

    private ItemExport() {
    }

    /** A page listing the items in publication order, indented by reply depth, with provenance and hashes. */
    public static String xhtml(String title, String intro, List<Shown> shown) {
        StringBuilder html = new StringBuilder("<html lang=\"sv\"><head><title>").append(PdfA.escape(title))
                .append("</title><style>")
                .append("body { font-size: 10pt; } .item { border-top: 1px solid #888; margin-top: 6pt; }")
                .append(" .meta { color: #333; font-size: 8pt; } .hash { font-size: 7pt; }")
                .append("</style></head><body><h1>").append(PdfA.escape(title)).append("</h1><p class=\"meta\">")
                .append(PdfA.escape(intro))
                .append(" Tider i svensk tid (Europe/Stockholm) med avvikelse från UTC.</p>");
        Map<UUID, Integer> depth = new HashMap<>();
        for (Shown s : shown) {
            Integer parentDepth = s.item().parentItemId == null ? null : depth.get(s.item().parentItemId);
            int d = parentDepth == null ? 0 : parentDepth + 1;
            depth.put(s.item().id, d);
            Item i = s.item();
            ItemVersion v = s.version();
            html.append("<div class=\"item\" style=\"margin-left: ").append(Math.min(d, 8) * 14).append("pt\">")
                    .append("<p><strong>").append(PdfA.escape(s.author())).append("</strong> (").append(i.kind)
                    .append(", ").append(i.direction).append(") ").append(SWEDISH_TIME.format(i.platformCreatedAt))
                    .append("</p><p>").append(PdfA.escape(s.text()).replace("\n", "<br/>")).append("</p>");
            if (s.maskedUnder() == null) {
                v.media.forEach(m -> html.append("<p class=\"meta\">Media ").append(PdfA.escape(m.mediaType))
                        .append(m.sha256 == null ? "" : " SHA-256 " + m.sha256).append("</p>"));
                html.append("<p class=\"meta\">Insamlat ").append(SWEDISH_TIME.format(v.capturedAt)).append(" av ")
                        .append(PdfA.escape(v.capturedBy)).append(" med ").append(PdfA.escape(v.captureTool))
                        .append(". Version ").append(v.versionNo).append(".</p><p class=\"hash\">SHA-256 ")
                        .append(v.contentSha256).append("</p>");
            } else {
                html.append("<p class=\"meta\">Maskerad kopia enligt ").append(PdfA.escape(s.maskedUnder()))
                        .append(". Originalet är oförändrat i arkivet.</p>");
            }
            html.append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    /** One item as a JSON-ready map: what a requester receives, or what the e-arkiv receives next to the raw JSON. */
    public static Map<String, Object> json(Shown s) {
        Item i = s.item();
        ItemVersion v = s.version();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", i.id.toString());
        m.put("channelId", i.channelId.toString());
        m.put("platform", i.platform.name());
        m.put("kind", i.kind.name());
        m.put("direction", i.direction.name());
        m.put("parentItemId", i.parentItemId == null ? null : i.parentItemId.toString());
        m.put("threadRootItemId", i.threadRootItemId.toString());
        m.put("author", s.author());
        m.put("platformCreatedAt", i.platformCreatedAt.toString());
        m.put("versionNo", v.versionNo);
        m.put("text", s.text());
        if (s.maskedUnder() == null) {
            m.put("platformItemId", i.platformItemId);
            m.put("sourceUrl", v.sourceUrl);
            m.put("capturedAt", v.capturedAt.toString());
            m.put("captureTool", v.captureTool);
            m.put("contentSha256", v.contentSha256);
            m.put("media", v.media.stream().map(ItemExport::media).toList());
        } else {
            m.put("maskedUnder", s.maskedUnder());
            m.put("originalContentSha256", v.contentSha256);
        }
        return m;
    }

    private static Map<String, Object> media(MediaRef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mediaType", r.mediaType);
        m.put("sha256", r.sha256);
        m.put("sourceUrl", r.sourceUrl);
        return m;
    }

    /** Items as XML in {@link #NAMESPACE}; see {@link #ITEMS_XSD}. */
    public static String xml(List<Shown> shown, Instant exportedAt) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<items xmlns=\"")
                .append(NAMESPACE).append("\" exportedAt=\"").append(exportedAt).append("\">\n");
        for (Shown s : shown) {
            Item i = s.item();
            ItemVersion v = s.version();
            x.append("  <item id=\"").append(i.id).append("\" kind=\"").append(i.kind).append("\" direction=\"")
                    .append(i.direction).append("\" visibility=\"").append(i.visibility).append("\">\n");
            element(x, "channelId", i.channelId.toString());
            element(x, "platform", i.platform.name());
            element(x, "platformItemId", i.platformItemId);
            element(x, "parentItemId", i.parentItemId == null ? null : i.parentItemId.toString());
            element(x, "threadRootItemId", i.threadRootItemId.toString());
            element(x, "authorHandle", i.authorHandle);
            element(x, "authorDisplayName", i.authorDisplayName);
            element(x, "platformCreatedAt", i.platformCreatedAt.toString());
            element(x, "secrecyProvision", i.secrecyProvision);
            x.append("    <version no=\"").append(v.versionNo).append("\" contentSha256=\"").append(v.contentSha256)
                    .append("\">\n");
            element(x, "  text", s.text());
            element(x, "  capturedAt", v.capturedAt.toString());
            element(x, "  capturedBy", v.capturedBy);
            element(x, "  captureTool", v.captureTool);
            element(x, "  sourceUrl", v.sourceUrl);
            element(x, "  rawSha256", v.rawSha256);
            for (MediaRef m : v.media) {
                x.append("      <media mediaType=\"").append(PdfA.escape(m.mediaType)).append("\"")
                        .append(m.sha256 == null ? "" : " sha256=\"" + m.sha256 + "\"").append(">")
                        .append(PdfA.escape(m.sourceUrl)).append("</media>\n");
            }
            x.append("    </version>\n  </item>\n");
        }
        return x.append("</items>\n").toString();
    }

    private static void element(StringBuilder x, String name, String value) {
        if (value != null) {
            String tag = name.strip();
            x.append("    ").append(name.startsWith(" ") ? "  " : "").append('<').append(tag).append('>')
                    .append(PdfA.escape(value)).append("</").append(tag).append(">\n");
        }
    }

    public static String author(Item i) {
        if (i.authorDisplayName != null && i.authorHandle != null) {
            return i.authorDisplayName + " (" + i.authorHandle + ")";
        }
        return i.authorDisplayName != null
                ? i.authorDisplayName
                : i.authorHandle != null ? i.authorHandle : "okänd avsändare";
    }

    /** A file name extension for a media type, so that the e-arkiv and the requester can open media files. */
    public static String extension(String mediaType) {
        return switch (mediaType == null ? "" : mediaType.toLowerCase()) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            case "video/mp4" -> ".mp4";
            case "application/pdf" -> ".pdf";
            case "application/json" -> ".json";
            default -> ".bin";
        };
    }

    /** The bytes of a blob; a missing blob is a fixity failure, never a silently smaller package. */
    public static byte[] read(BlobStore store, String sha256) {
        try (InputStream in = store.open(sha256)
                .orElseThrow(() -> new IllegalStateException("blob " + sha256 + " is missing from the blob store"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String ITEMS_XSD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Uppsikt archive items: posts, comments, replies, messages, media and page snapshots of one channel. -->
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="https://uppsikt.se/xml/archive-items/1"
                       xmlns="https://uppsikt.se/xml/archive-items/1" elementFormDefault="qualified">
              <xs:element name="items">
                <xs:complexType>
                  <xs:sequence><xs:element name="item" type="Item" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
                  <xs:attribute name="exportedAt" type="xs:dateTime" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:complexType name="Item">
                <xs:sequence>
                  <xs:element name="channelId" type="xs:string"/>
                  <xs:element name="platform" type="xs:string"/>
                  <xs:element name="platformItemId" type="xs:string"/>
                  <xs:element name="parentItemId" type="xs:string" minOccurs="0"/>
                  <xs:element name="threadRootItemId" type="xs:string"/>
                  <xs:element name="authorHandle" type="xs:string" minOccurs="0"/>
                  <xs:element name="authorDisplayName" type="xs:string" minOccurs="0"/>
                  <xs:element name="platformCreatedAt" type="xs:dateTime"/>
                  <xs:element name="secrecyProvision" type="xs:string" minOccurs="0"/>
                  <xs:element name="version" type="Version" maxOccurs="unbounded"/>
                </xs:sequence>
                <xs:attribute name="id" type="xs:string" use="required"/>
                <xs:attribute name="kind" type="xs:string" use="required"/>
                <xs:attribute name="direction" type="xs:string" use="required"/>
                <xs:attribute name="visibility" type="xs:string" use="required"/>
              </xs:complexType>
              <xs:complexType name="Version">
                <xs:sequence>
                  <xs:element name="text" type="xs:string" minOccurs="0"/>
                  <xs:element name="capturedAt" type="xs:dateTime"/>
                  <xs:element name="capturedBy" type="xs:string"/>
                  <xs:element name="captureTool" type="xs:string" minOccurs="0"/>
                  <xs:element name="sourceUrl" type="xs:string" minOccurs="0"/>
                  <xs:element name="rawSha256" type="xs:string" minOccurs="0"/>
                  <xs:element name="media" minOccurs="0" maxOccurs="unbounded">
                    <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
                      <xs:attribute name="mediaType" type="xs:string" use="required"/>
                      <xs:attribute name="sha256" type="xs:string"/>
                    </xs:extension></xs:simpleContent></xs:complexType>
                  </xs:element>
                </xs:sequence>
                <xs:attribute name="no" type="xs:positiveInteger" use="required"/>
                <xs:attribute name="contentSha256" type="xs:string" use="required"/>
              </xs:complexType>
            </xs:schema>
            """;
}
