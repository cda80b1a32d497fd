package se.uppsikt.archive.connector.facebook;

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
 * Facebook Pages over the Graph API: the page ({@code /{page-id}}), its feed ({@code /{page-id}/feed}), the comments of
 * a post ({@code /{post-id}/comments}) and replies of replies ({@code /{comment-id}/comments}), hide
 * ({@code POST /{comment-id}?is_hidden=true}), delete ({@code DELETE /{comment-id}}) and block
 * ({@code POST /{page-id}/blocked?user=}). Direct messages need the Messenger platform and are not offered.
 * Shapes followed: https://developers.facebook.com/docs/graph-api/reference/page/feed and
 * https://developers.facebook.com/docs/graph-api/reference/comment/.
 */
public class FacebookPageConnector implements Connector {

    public static final String VERSION = "uppsikt-facebook-page 1.0.0";

    private static final String POST_FIELDS = "id,message,from,created_time,updated_time,permalink_url";
    private static final String COMMENT_FIELDS = "id,message,from,created_time,is_hidden,comment_count,parent{id},"
            + "permalink_url";

    private final PlatformHttp http;

    public FacebookPageConnector(PlatformHttp http) {
        this.http = http;
    }

    @Override
    public Platform platform() {
        return Platform.FACEBOOK_PAGE;
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
                Capability.UNHIDE, Capability.DELETE, Capability.BLOCK_USER);
    }

    @Override
    public IngestItem overview(ChannelAccess access, Instant observedAt) {
        String url = access.baseUrl() + "/" + access.handle() + "?fields=id,name,about,link,category,fan_count";
        JsonNode page = PlatformHttp.json(http.get(url, access.accessToken(), GraphSupport.CLASSIFIER).body());
        String text = Objects.toString(Payloads.text(page, "name"), "") + "\n"
                + Objects.toString(Payloads.text(page, "about"), "");
        return new IngestItem(access.channelId(), platform(), "page-" + access.handle(), null, ItemKind.PAGE_SNAPSHOT,
                Direction.OUTBOUND, new IngestItem.Author(null, Payloads.text(page, "name"), access.handle()),
                observedAt, null, text.strip(), List.of(), Payloads.raw(page),
                Payloads.sourceUrl(Objects.requireNonNullElse(Payloads.text(page, "link"), url)));
    }

    @Override
    public List<IngestItem> posts(ChannelAccess access, Instant from, Instant to) {
        String url = access.baseUrl() + "/" + access.handle() + "/feed?fields=" + enc(POST_FIELDS) + "&since="
                + from.getEpochSecond() + "&until=" + to.getEpochSecond() + "&limit=100";
        List<IngestItem> items = new ArrayList<>();
        for (GraphSupport.PageElement e : GraphSupport.all(http, url, access.accessToken())) {
            items.add(post(access, e.node(), e.url()));
        }
        return items;
    }

    @Override
    public List<IngestItem> thread(ChannelAccess access, String postId) {
        String url = access.baseUrl() + "/" + postId + "?fields=" + enc(POST_FIELDS);
        JsonNode post = PlatformHttp.json(http.get(url, access.accessToken(), GraphSupport.CLASSIFIER).body());
        List<IngestItem> items = new ArrayList<>();
        items.add(post(access, post, url));
        comments(access, postId, postId, false, items, 0);
        return items;
    }

    private void comments(ChannelAccess access, String objectId, String parentId, boolean replies,
            List<IngestItem> into, int depth) {
        String url = access.baseUrl() + "/" + objectId + "/comments?fields=" + enc(COMMENT_FIELDS)
                + "&filter=toplevel&limit=100";
        for (GraphSupport.PageElement e : GraphSupport.all(http, url, access.accessToken())) {
            JsonNode c = e.node();
            String id = c.path("id").asText();
            JsonNode from = c.path("from");
            into.add(new IngestItem(access.channelId(), platform(), id, parentId,
                    replies ? ItemKind.REPLY : ItemKind.COMMENT, direction(access, from), author(from),
                    Payloads.time(Payloads.text(c, "created_time")), null, Payloads.text(c, "message"), List.of(),
                    Payloads.raw(c), Payloads.sourceUrl(
                            Objects.requireNonNullElse(Payloads.text(c, "permalink_url"), e.url()))));
            // Replies of replies: Graph nests them as comments of the comment; a depth limit guards a cycle.
            if (c.path("comment_count").asInt(0) > 0 && depth < 20) {
                comments(access, id, id, true, into, depth + 1);
            }
        }
    }

    private IngestItem post(ChannelAccess access, JsonNode p, String url) {
        JsonNode from = p.path("from");
        Instant created = Payloads.time(Payloads.text(p, "created_time"));
        Instant updated = Payloads.time(Payloads.text(p, "updated_time"));
        return new IngestItem(access.channelId(), platform(), p.path("id").asText(), null, ItemKind.POST,
                direction(access, from), author(from), created,
                updated != null && !updated.equals(created) ? updated : null, Payloads.text(p, "message"), List.of(),
                Payloads.raw(p),
                Payloads.sourceUrl(Objects.requireNonNullElse(Payloads.text(p, "permalink_url"), url)));
    }

    @Override
    public PlatformAction hide(ChannelAccess access, String commentId) {
        return call(access, "POST", "/" + commentId + "?is_hidden=true");
    }

    /** Unhiding is offered by Graph; the archive uses it only when a decision is reversed. */
    public PlatformAction unhide(ChannelAccess access, String commentId) {
        return call(access, "POST", "/" + commentId + "?is_hidden=false");
    }

    @Override
    public PlatformAction delete(ChannelAccess access, String commentId) {
        return call(access, "DELETE", "/" + commentId);
    }

    @Override
    public PlatformAction block(ChannelAccess access, String userId) {
        return call(access, "POST", "/" + access.handle() + "/blocked?user=" + enc(userId));
    }

    private PlatformAction call(ChannelAccess access, String method, String path) {
        PlatformHttp.Reply reply = http.send(method, access.baseUrl() + path, access.accessToken(),
                GraphSupport.CLASSIFIER);
        return new PlatformAction(method + " " + path, reply.status(), PlatformHttp.abbreviate(reply.body()));
    }

    private static Direction direction(ChannelAccess access, JsonNode from) {
        return access.handle().equals(from.path("id").asText()) ? Direction.OUTBOUND : Direction.INBOUND;
    }

    private static IngestItem.Author author(JsonNode from) {
        if (from.isMissingNode() || from.isNull()) {
            // Graph leaves out "from" unless the page may see the author (page public content access)
            return null;
        }
        return new IngestItem.Author(null, Payloads.text(from, "name"), Payloads.text(from, "id"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
