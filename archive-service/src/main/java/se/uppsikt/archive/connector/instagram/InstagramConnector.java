package se.uppsikt.archive.connector.instagram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.uppsikt.archive.connector.Capability;
import se.uppsikt.archive.connector.ChannelAccess;
import se.uppsikt.archive.connector.Connector;
import se.uppsikt.archive.connector.GraphSupport;
import se.uppsikt.archive.connector.Payloads;
import se.uppsikt.archive.connector.PlatformAction;
import se.uppsikt.archive.connector.PlatformHttp;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/**
 * Instagram professional accounts over the Graph API: the account ({@code /{ig-user-id}}), its media
 * ({@code /{ig-user-id}/media}), comments ({@code /{ig-media-id}/comments}) and their replies
 * ({@code /{ig-comment-id}/replies}; Instagram has one reply level), hide ({@code POST /{ig-comment-id}?hide=true})
 * and delete ({@code DELETE /{ig-comment-id}}). Instagram offers no block through the API: BLOCK_USER is
 * reported as unsupported. Shapes followed: https://developers.facebook.com/docs/instagram-platform/reference/
 * (IG Media comments, IG Comment replies).
 */
public class InstagramConnector implements Connector {

    public static final String VERSION = "uppsikt-instagram 1.0.0";

    private static final String MEDIA_FIELDS = "id,caption,timestamp,username,permalink,media_type";
    private static final String COMMENT_FIELDS = "id,text,timestamp,username,hidden,from,parent_id";

    private final PlatformHttp http;

    public InstagramConnector(PlatformHttp http) {
        this.http = http;
    }

    @Override
    public Platform platform() {
        return Platform.INSTAGRAM;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String apiVersion(ChannelAccess access) {
        return GraphSupport.apiVersion(access.baseUrl());
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.OVERVIEW, Capability.POSTS, Capability.THREAD, Capability.HIDE,
                Capability.UNHIDE, Capability.DELETE);
    }

    @Override
    public IngestItem overview(ChannelAccess access, Instant observedAt) {
        String url = access.baseUrl() + "/" + access.handle()
                + "?fields=id,username,name,biography,followers_count,media_count";
        JsonNode account = PlatformHttp.json(http.get(url, access.accessToken(), GraphSupport.CLASSIFIER).body());
        String text = Objects.toString(Payloads.text(account, "name"), "") + "\n"
                + Objects.toString(Payloads.text(account, "biography"), "");
        return new IngestItem(access.channelId(), platform(), "account-" + access.handle(), null,
                ItemKind.PAGE_SNAPSHOT, Direction.OUTBOUND,
                new IngestItem.Author(Payloads.text(account, "username"), Payloads.text(account, "name"),
                        access.handle()),
                observedAt, null, text.strip(), List.of(), Payloads.raw(account), Payloads.sourceUrl(url));
    }

    @Override
    public List<IngestItem> posts(ChannelAccess access, Instant from, Instant to) {
        String url = access.baseUrl() + "/" + access.handle() + "/media?fields=" + enc(MEDIA_FIELDS) + "&since="
                + from.getEpochSecond() + "&until=" + to.getEpochSecond() + "&limit=100";
        List<IngestItem> items = new ArrayList<>();
        for (GraphSupport.PageElement e : GraphSupport.all(http, url, access.accessToken())) {
            items.add(media(access, e.node(), e.url()));
        }
        return items;
    }

    @Override
    public List<IngestItem> thread(ChannelAccess access, String mediaId) {
        String url = access.baseUrl() + "/" + mediaId + "?fields=" + enc(MEDIA_FIELDS);
        JsonNode media = PlatformHttp.json(http.get(url, access.accessToken(), GraphSupport.CLASSIFIER).body());
        List<IngestItem> items = new ArrayList<>();
        items.add(media(access, media, url));
        String commentsUrl = access.baseUrl() + "/" + mediaId + "/comments?fields=" + enc(COMMENT_FIELDS)
                + "&limit=50";
        for (GraphSupport.PageElement e : GraphSupport.all(http, commentsUrl, access.accessToken())) {
            String commentId = e.node().path("id").asText();
            items.add(comment(access, e.node(), mediaId, ItemKind.COMMENT, e.url()));
            String repliesUrl = access.baseUrl() + "/" + commentId + "/replies?fields=" + enc(COMMENT_FIELDS)
                    + "&limit=50";
            for (GraphSupport.PageElement r : GraphSupport.all(http, repliesUrl, access.accessToken())) {
                items.add(comment(access, r.node(), commentId, ItemKind.REPLY, r.url()));
            }
        }
        return items;
    }

    @Override
    public PlatformAction hide(ChannelAccess access, String commentId) {
        return call(access, "POST", "/" + commentId + "?hide=true");
    }

    @Override
    public PlatformAction delete(ChannelAccess access, String commentId) {
        return call(access, "DELETE", "/" + commentId);
    }

    private PlatformAction call(ChannelAccess access, String method, String path) {
        PlatformHttp.Reply reply = http.send(method, access.baseUrl() + path, access.accessToken(),
                GraphSupport.CLASSIFIER);
        return new PlatformAction(method + " " + path, reply.status(), PlatformHttp.abbreviate(reply.body()));
    }

    private IngestItem media(ChannelAccess access, JsonNode m, String url) {
        return new IngestItem(access.channelId(), platform(), m.path("id").asText(), null, ItemKind.POST,
                Direction.OUTBOUND, new IngestItem.Author(Payloads.text(m, "username"), null, access.handle()),
                Payloads.time(Payloads.text(m, "timestamp")), null, Payloads.text(m, "caption"), List.of(),
                Payloads.raw(m), Payloads.sourceUrl(Objects.requireNonNullElse(Payloads.text(m, "permalink"), url)));
    }

    private IngestItem comment(ChannelAccess access, JsonNode c, String parentId, ItemKind kind, String url) {
        String userId = Payloads.text(c.path("from"), "id");
        return new IngestItem(access.channelId(), platform(), c.path("id").asText(), parentId, kind,
                access.handle().equals(userId) ? Direction.OUTBOUND : Direction.INBOUND,
                new IngestItem.Author(Payloads.text(c, "username"), null, userId),
                Payloads.time(Payloads.text(c, "timestamp")), null, Payloads.text(c, "text"), List.of(),
                Payloads.raw(c), Payloads.sourceUrl(url));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
