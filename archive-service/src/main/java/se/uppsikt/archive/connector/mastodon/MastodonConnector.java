package se.uppsikt.archive.connector.mastodon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.uppsikt.archive.connector.Capability;
import se.uppsikt.archive.connector.ChannelAccess;
import se.uppsikt.archive.connector.Connector;
import se.uppsikt.archive.connector.Payloads;
import se.uppsikt.archive.connector.PlatformAction;
import se.uppsikt.archive.connector.PlatformException;
import se.uppsikt.archive.connector.PlatformHttp;
import se.uppsikt.archive.ingest.api.IngestItem;
import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Platform;

/**
 * Mastodon over its REST API, on the instance named by the channel's URL: the account
 * ({@code GET /api/v1/accounts/{id}}), its statuses ({@code GET /api/v1/accounts/{id}/statuses}, paged by the
 * {@code Link} header), a thread ({@code GET /api/v1/statuses/{id}} and {@code /context}), delete of the authority's
 * own statuses ({@code DELETE /api/v1/statuses/{id}}) and block ({@code POST /api/v1/accounts/{id}/block}). Mastodon
 * cannot hide someone else's reply: HIDE is reported as unsupported. Rate limits: 429 with {@code X-RateLimit-Reset}.
 * Shapes followed: https://docs.joinmastodon.org/methods/accounts/#statuses,
 * https://docs.joinmastodon.org/methods/statuses/#context and https://docs.joinmastodon.org/api/rate-limits/.
 */
public class MastodonConnector implements Connector {

    public static final String VERSION = "uppsikt-mastodon 1.0.0";

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final PlatformHttp.Classifier BY_STATUS = (status, body) -> Optional.empty();
    private static final int MAX_PAGES = 500;

    private final PlatformHttp http;

    public MastodonConnector(PlatformHttp http) {
        this.http = http;
    }

    @Override
    public Platform platform() {
        return Platform.MASTODON;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String apiVersion(ChannelAccess access) {
        return "Mastodon API v1";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.OVERVIEW, Capability.POSTS, Capability.THREAD, Capability.DELETE,
                Capability.BLOCK_USER);
    }

    @Override
    public IngestItem overview(ChannelAccess access, Instant observedAt) {
        String url = base(access) + "/api/v1/accounts/" + access.handle();
        JsonNode account = PlatformHttp.json(http.get(url, access.accessToken(), BY_STATUS).body());
        return new IngestItem(access.channelId(), platform(), "account-" + access.handle(), null,
                ItemKind.PAGE_SNAPSHOT, Direction.OUTBOUND,
                new IngestItem.Author(Payloads.text(account, "acct"), Payloads.text(account, "display_name"),
                        access.handle()),
                observedAt, null, plain(Payloads.text(account, "note")), List.of(), Payloads.raw(account),
                Objects.requireNonNullElse(Payloads.text(account, "url"), url));
    }

    /** Newest first; stops at the first page that reaches back before {@code from}. */
    @Override
    public List<IngestItem> posts(ChannelAccess access, Instant from, Instant to) {
        List<IngestItem> items = new ArrayList<>();
        String url = base(access) + "/api/v1/accounts/" + access.handle() + "/statuses?limit=40";
        for (int page = 0; url != null && page < MAX_PAGES; page++) {
            PlatformHttp.Reply reply = http.get(url, access.accessToken(), BY_STATUS);
            boolean older = false;
            for (JsonNode s : PlatformHttp.json(reply.body())) {
                Instant created = Payloads.time(Payloads.text(s, "created_at"));
                if (created.isBefore(from)) {
                    older = true;
                } else if (created.isBefore(to)) {
                    items.add(status(access, s));
                }
            }
            url = older ? null : next(reply).orElse(null);
        }
        return items;
    }

    @Override
    public List<IngestItem> thread(ChannelAccess access, String statusId) {
        String url = base(access) + "/api/v1/statuses/" + statusId;
        JsonNode status = PlatformHttp.json(http.get(url, access.accessToken(), BY_STATUS).body());
        JsonNode context = PlatformHttp.json(http.get(url + "/context", access.accessToken(), BY_STATUS).body());
        List<IngestItem> items = new ArrayList<>();
        context.path("ancestors").forEach(s -> items.add(status(access, s)));
        items.add(status(access, status));
        context.path("descendants").forEach(s -> items.add(status(access, s)));
        return items;
    }

    @Override
    public PlatformAction delete(ChannelAccess access, String statusId) {
        return call(access, "DELETE", "/api/v1/statuses/" + statusId);
    }

    @Override
    public PlatformAction block(ChannelAccess access, String accountId) {
        return call(access, "POST", "/api/v1/accounts/" + accountId + "/block");
    }

    private PlatformAction call(ChannelAccess access, String method, String path) {
        PlatformHttp.Reply reply = http.send(method, base(access) + path, access.accessToken(), BY_STATUS);
        return new PlatformAction(method + " " + path, reply.status(), PlatformHttp.abbreviate(reply.body()));
    }

    private IngestItem status(ChannelAccess access, JsonNode s) {
        JsonNode account = s.path("account");
        String parent = Payloads.text(s, "in_reply_to_id");
        boolean own = access.handle().equals(account.path("id").asText());
        return new IngestItem(access.channelId(), platform(), s.path("id").asText(), parent,
                parent == null ? ItemKind.POST : ItemKind.COMMENT, own ? Direction.OUTBOUND : Direction.INBOUND,
                new IngestItem.Author(Payloads.text(account, "acct"), Payloads.text(account, "display_name"),
                        Payloads.text(account, "id")),
                Payloads.time(Payloads.text(s, "created_at")), Payloads.time(Payloads.text(s, "edited_at")),
                plain(Payloads.text(s, "content")), List.of(), Payloads.raw(s), Payloads.text(s, "url"));
    }

    private static Optional<String> next(PlatformHttp.Reply reply) {
        for (String link : reply.headers().allValues("Link")) {
            Matcher m = NEXT_LINK.matcher(link);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Mastodon sends HTML; the archive keeps it in the raw payload and searches the plain text. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        return TAG.matcher(html.replace("<br>", "\n").replace("<br />", "\n").replace("</p><p>", "\n\n"))
                .replaceAll("").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").strip();
    }

    private static String base(ChannelAccess access) {
        if (access.baseUrl() == null) {
            throw new PlatformException(PlatformException.Kind.REJECTED,
                    "the channel has no instance URL in the registry");
        }
        return access.baseUrl().endsWith("/")
                ? access.baseUrl().substring(0, access.baseUrl().length() - 1)
                : access.baseUrl();
    }
}
