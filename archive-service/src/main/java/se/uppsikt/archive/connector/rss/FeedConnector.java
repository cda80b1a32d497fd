package se.uppsikt.archive.connector.rss;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import se.uppsikt.archive.blob.Sha256;
import se.uppsikt.archive.connector.Capability;
import se.uppsikt.archive.connector.ChannelAccess;
import se.uppsikt.archive.connector.Connector;
import se.uppsikt.archive.connector.Payloads;
import se.uppsikt.archive.connector.PlatformException;
import se.uppsikt.archive.connector.PlatformHttp;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/**
 * A blog's RSS 2.0 or Atom 1.0 feed, read only: the feed URL is the channel's URL in the registry. Every entry is one
 * of the authority's own posts; a feed has no comments, hiding or deleting, and says so in its capabilities. The XML
 * parser refuses DTDs, so a hostile feed cannot read files or reach the network (XXE).
 */
public class FeedConnector implements Connector {

    public static final String VERSION = "uppsikt-feed 1.0.0";

    private final PlatformHttp http;

    public FeedConnector(PlatformHttp http) {
        this.http = http;
    }

    @Override
    public Platform platform() {
        return Platform.BLOG_RSS;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String apiVersion(ChannelAccess access) {
        return "RSS 2.0 / Atom 1.0";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.POSTS);
    }

    @Override
    public List<IngestItem> posts(ChannelAccess access, Instant from, Instant to) {
        if (access.baseUrl() == null) {
            throw new PlatformException(PlatformException.Kind.REJECTED, "the channel has no feed URL");
        }
        PlatformHttp.Reply reply = http.get(access.baseUrl(), access.accessToken(),
                (status, body) -> Optional.empty());
        Document doc = parse(reply.body());
        Element root = doc.getDocumentElement();
        boolean atom = "feed".equals(root.getLocalName());
        NodeList entries = atom
                ? root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                : root.getElementsByTagName("item");
        List<IngestItem> items = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            IngestItem item = atom ? atomEntry(access, e) : rssItem(access, e);
            if (!item.platformCreatedAt().isBefore(from) && item.platformCreatedAt().isBefore(to)) {
                items.add(item);
            }
        }
        return items;
    }

    private IngestItem rssItem(ChannelAccess access, Element e) {
        String link = child(e, null, "link");
        String id = firstNonBlank(child(e, null, "guid"), link, child(e, null, "title"));
        String published = child(e, null, "pubDate");
        Instant created = published == null
                ? Instant.EPOCH
                : ZonedDateTime.parse(published.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return item(access, id, child(e, null, "title"), child(e, null, "description"), created, null, link,
                child(e, null, "author"));
    }

    private IngestItem atomEntry(ChannelAccess access, Element e) {
        String ns = "http://www.w3.org/2005/Atom";
        String link = null;
        NodeList links = e.getElementsByTagNameNS(ns, "link");
        for (int i = 0; i < links.getLength() && link == null; i++) {
            Element l = (Element) links.item(i);
            if (l.getAttribute("rel").isEmpty() || "alternate".equals(l.getAttribute("rel"))) {
                link = l.getAttribute("href");
            }
        }
        Instant published = Payloads.time(child(e, ns, "published"));
        Instant updated = Payloads.time(child(e, ns, "updated"));
        Instant created = published != null ? published : updated != null ? updated : Instant.EPOCH;
        Element author = first(e, ns, "author");
        return item(access, firstNonBlank(child(e, ns, "id"), link), child(e, ns, "title"),
                firstNonBlank(child(e, ns, "content"), child(e, ns, "summary")), created,
                updated != null && !updated.equals(created) ? updated : null, link,
                author == null ? null : child(author, ns, "name"));
    }

    private IngestItem item(ChannelAccess access, String id, String title, String body, Instant created,
            Instant edited, String link, String author) {
        // Platform ids are at most 200 characters; a long guid is kept whole in the raw payload.
        String platformId = id.length() <= 200 ? id : "sha256:" + Sha256.of(id);
        String text = (title == null ? "" : title.strip() + "\n\n") + (body == null ? "" : body.strip());
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("id", id);
        raw.put("title", title);
        raw.put("content", body);
        raw.put("link", link);
        raw.put("author", author);
        return new IngestItem(access.channelId(), platform(), platformId, null, ItemKind.POST, Direction.OUTBOUND,
                author == null ? null : new IngestItem.Author(null, author, null), created, edited, text.strip(),
                List.of(), raw, Payloads.sourceUrl(link != null ? link : access.baseUrl()));
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new PlatformException(PlatformException.Kind.REJECTED,
                    "the feed is not well-formed RSS or Atom: " + e.getMessage(), e);
        }
    }

    private static Element first(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && name.equals(el.getLocalName() != null ? el.getLocalName() : el.getTagName())
                    && (ns == null || ns.equals(el.getNamespaceURI()))) {
                return el;
            }
        }
        return null;
    }

    private static String child(Element parent, String ns, String name) {
        Element el = first(parent, ns, name);
        return el == null ? null : el.getTextContent();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        throw new PlatformException(PlatformException.Kind.REJECTED, "a feed entry has no id, link or title");
    }
}
