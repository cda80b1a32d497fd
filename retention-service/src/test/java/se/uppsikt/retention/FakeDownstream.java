package se.uppsikt.retention;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * archive-service, channel-registry-service and moderation-service as this service sees them over HTTP, in the
 * shapes of contracts.md: a stateful archive (candidates by keyset, dispose idempotent per (runId, itemId), holds
 * re-checked at dispose), channels, and a diarium that registers at the first poll (a plain JDK HTTP server that
 * reads registration bodies as streams).
 */
public class FakeDownstream implements QuarkusTestResourceLifecycleManager {

    /** One archived record as the fake archive holds it. */
    public static final class Item {
        public final UUID itemId;
        public final UUID channelId;
        public final String kind;
        public final String direction;
        public final String visibility;
        public final Instant createdAt;
        public final Instant capturedAt;
        public volatile boolean held;
        public volatile boolean disposed;

        public Item(UUID channelId, String kind, String direction, String visibility, Instant createdAt,
                Instant capturedAt, boolean held) {
            this.itemId = UUID.randomUUID();
            this.channelId = channelId;
            this.kind = kind;
            this.direction = direction;
            this.visibility = visibility;
            this.createdAt = createdAt;
            this.capturedAt = capturedAt;
            this.held = held;
        }

        public String sha256() {
            return String.format("%064x", Math.abs((long) itemId.hashCode()));
        }
    }

    public static final Map<UUID, Item> ITEMS = new ConcurrentSkipListMap<>();
    public static final Map<UUID, String> CHANNELS = new ConcurrentHashMap<>();
    /** (runId:itemId) → first outcome: the archive's idempotency. */
    public static final Map<String, String> DISPOSE_RESULTS = new ConcurrentHashMap<>();
    /** itemId → how many times the archive really destroyed it (must never exceed 1). */
    public static final Map<UUID, AtomicInteger> DESTRUCTIONS = new ConcurrentHashMap<>();
    public static final Map<String, UUID> REGISTRATIONS = new ConcurrentHashMap<>();
    public static final List<JsonNode> REGISTRATION_REQUESTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * A channel whose records are generated from their position instead of stored, so that a run over hundreds of
     * thousands of candidates measures this service's heap and not the fake's.
     */
    public static final UUID SYNTHETIC_CHANNEL = new UUID(0x5E7E7E7EL, 1);
    public static final UUID SYNTHETIC_AUTHORITY = new UUID(0x5E7E7E7EL, 2);
    private static final long SYNTHETIC_MSB = 0x5E7E7E7E_00000000L;
    public static volatile int syntheticCount;
    public static final java.util.concurrent.atomic.AtomicLong SYNTHETIC_DISPOSED = new java.util.concurrent.atomic.AtomicLong();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    public static WireMockServer server;
    /**
     * The diarium is not WireMock: WireMock holds every request body whole, and a registration carrying the item
     * list of a 200,000-item run would measure the fake's heap, not this service's. This one reads the body as a
     * stream, decodes each attachment's base64 into a digest and keeps the content only when it is small.
     */
    private static HttpServer diarium;
    private static ExecutorService diariumThreads;
    /** Attachments larger than this are hashed and counted but not kept. */
    private static final int KEEP_ATTACHMENT_BYTES = 1 << 20;

    @Override
    public Map<String, String> start() {
        // no request journal: the tests read what was sent from the fake's own state, and a 200,000-candidate run would
        // otherwise keep every page it served
        server = new WireMockServer(
                wireMockConfig().dynamicPort().disableRequestJournal().extensions(new Transformer()));
        server.start();
        stubDefaults();
        CHANNELS.put(SYNTHETIC_CHANNEL, """
                {"id": "%s", "authorityId": "%s", "platform": "FACEBOOK_PAGE", "status": "ACTIVE"}
                """.formatted(SYNTHETIC_CHANNEL, SYNTHETIC_AUTHORITY));
        String url = "http://localhost:" + server.port();
        try {
            diarium = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        diariumThreads = Executors.newFixedThreadPool(2);
        diarium.setExecutor(diariumThreads);
        diarium.createContext("/api/v1/registrations", FakeDownstream::registrations);
        diarium.start();
        return Map.of("quarkus.rest-client.archive.url", url, "quarkus.rest-client.moderation.url",
                "http://localhost:" + diarium.getAddress().getPort(), "quarkus.rest-client.channel-registry.url", url);
    }

    public static void stubDefaults() {
        server.resetAll();
        for (String path : List.of("/api/v1/disposals/candidates", "/api/v1/disposals")) {
            server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withTransformers(Transformer.NAME)));
        }
        server.stubFor(get(urlPathMatching("/api/v1/channels/[^/]+"))
                .willReturn(aResponse().withTransformers(Transformer.NAME)));
    }

    /** A channel of the authority on the platform, open or closed on {@code endDate}. */
    public static UUID channel(UUID authorityId, String platform, String classificationCode, LocalDate endDate) {
        UUID id = UUID.randomUUID();
        CHANNELS.put(id, """
                {"id": "%s", "authorityId": "%s", "platform": "%s", "handle": "@kommun", "classificationCode": %s,
                 "endDate": %s, "status": "ACTIVE"}
                """.formatted(id, authorityId, platform, classificationCode == null
                ? "null"
                : "\"" + classificationCode + "\"", endDate == null ? "null" : "\"" + endDate + "\""));
        return id;
    }

    public static Item item(UUID channelId, String kind, Instant createdAt, boolean held) {
        Item item = new Item(channelId, kind, "INBOUND", "PUBLIC", createdAt, createdAt.plusSeconds(60), held);
        ITEMS.put(item.itemId, item);
        return item;
    }

    public static int destructions(UUID itemId) {
        AtomicInteger n = DESTRUCTIONS.get(itemId);
        return n == null ? 0 : n.get();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (diarium != null) {
            diarium.stop(0);
            diariumThreads.shutdownNow();
        }
    }

    /** moderation-service's registration API (contracts §7): PENDING on POST, REGISTERED at the first GET. */
    private static void registrations(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String answer;
            int status;
            if ("POST".equals(exchange.getRequestMethod())) {
                ObjectNode body;
                try (JsonParser parser = JSON.getFactory().createParser(exchange.getRequestBody())) {
                    parser.nextToken();
                    body = (ObjectNode) readStreaming(parser, null);
                }
                REGISTRATION_REQUESTS.add(body);
                UUID id = REGISTRATIONS.computeIfAbsent(body.get("sourceReference").asText(),
                        ref -> UUID.randomUUID());
                status = 202;
                answer = "{\"registrationId\": \"" + id + "\", \"status\": \"PENDING\", \"registrationNumber\": null}";
            } else {
                String id = path.substring(path.lastIndexOf('/') + 1);
                status = 200;
                answer = "{\"registrationId\": \"" + id + "\", \"status\": \"REGISTERED\", "
                        + "\"registrationNumber\": \"KS 2026/0123-" + (Math.abs(id.hashCode()) % 1000) + "\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    /**
     * Reads a JSON value as a tree, except that a {@code contentBase64} string is decoded as a stream into a SHA-256
     * and a byte count ({@code decodedSha256}, {@code decodedSize} next to it), and kept only when small.
     */
    private static JsonNode readStreaming(JsonParser p, String field) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = JSON.createObjectNode();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    if ("contentBase64".equals(name) && p.currentToken() == JsonToken.VALUE_STRING) {
                        MessageDigest sha256 = sha256();
                        ByteArrayOutputStream kept = new ByteArrayOutputStream();
                        long[] size = new long[1];
                        p.readBinaryValue(new OutputStream() {
                            @Override
                            public void write(int b) {
                                write(new byte[]{(byte) b}, 0, 1);
                            }

                            @Override
                            public void write(byte[] b, int off, int len) {
                                sha256.update(b, off, len);
                                size[0] += len;
                                if (kept.size() < KEEP_ATTACHMENT_BYTES) {
                                    kept.write(b, off, len);
                                }
                            }
                        });
                        if (size[0] <= KEEP_ATTACHMENT_BYTES) {
                            object.put(name, Base64.getEncoder().encodeToString(kept.toByteArray()));
                        }
                        object.put("decodedSha256", HexFormat.of().formatHex(sha256.digest()));
                        object.put("decodedSize", size[0]);
                    } else {
                        object.set(name, readStreaming(p, name));
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = JSON.createArrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readStreaming(p, field));
                }
                return array;
            }
            default -> {
                return JSON.readTree(p);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Transformer implements ResponseDefinitionTransformerV2 {

        static final String NAME = "fake-downstream";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                String url = event.getRequest().getUrl();
                String method = event.getRequest().getMethod().getName();
                JsonNode body = "POST".equals(method)
                        ? JSON.readTree(event.getRequest().getBodyAsString().getBytes(StandardCharsets.UTF_8))
                        : null;
                if (url.equals("/api/v1/disposals/candidates")) {
                    return json(200, candidates(body));
                }
                if (url.equals("/api/v1/disposals")) {
                    return json(200, dispose(body));
                }
                if (url.startsWith("/api/v1/channels/")) {
                    String channel = CHANNELS.get(UUID.fromString(url.substring(url.lastIndexOf('/') + 1)));
                    return channel == null ? json(404, "{\"status\": 404}") : json(200, channel);
                }
                return json(404, "{}");
            } catch (Exception e) {
                return json(500, "{\"detail\": \"" + e + "\"}");
            }
        }

        private static String candidates(JsonNode q) throws Exception {
            List<String> channels = texts(q.get("channelIds"));
            List<String> kinds = texts(q.get("kinds"));
            List<String> directions = texts(q.get("directions"));
            List<String> visibilities = texts(q.get("visibilities"));
            Instant createdBefore = instant(q.get("createdBefore"));
            Instant capturedBefore = instant(q.get("capturedBefore"));
            UUID after = q.hasNonNull("after") ? UUID.fromString(q.get("after").asText()) : null;
            int limit = q.get("limit").asInt();
            if (channels.equals(List.of(SYNTHETIC_CHANNEL.toString()))) {
                return synthetic(after, limit);
            }
            ObjectNode page = JSON.createObjectNode();
            ArrayNode out = page.putArray("items");
            Map<UUID, Item> from = after == null
                    ? ITEMS
                    : ((ConcurrentSkipListMap<UUID, Item>) ITEMS).tailMap(after,
                            false);
            UUID last = null;
            for (Item i : from.values()) {
                if (i.disposed || !matches(channels, i.channelId.toString()) || !matches(kinds, i.kind)
                        || !matches(directions, i.direction) || !matches(visibilities, i.visibility)
                        || createdBefore != null && !i.createdAt.isBefore(createdBefore)
                        || capturedBefore != null && !i.capturedAt.isBefore(capturedBefore)) {
                    continue;
                }
                if (out.size() == limit) {
                    page.put("next", last.toString());
                    return JSON.writeValueAsString(page);
                }
                ObjectNode n = out.addObject();
                n.put("itemId", i.itemId.toString()).put("channelId", i.channelId.toString()).put("kind", i.kind)
                        .put("direction", i.direction).put("visibility", i.visibility)
                        .put("platformCreatedAt", i.createdAt.toString()).put("capturedAt", i.capturedAt.toString())
                        .put("contentSha256", i.sha256()).put("held", i.held);
                last = i.itemId;
            }
            page.putNull("next");
            return JSON.writeValueAsString(page);
        }

        private static String synthetic(UUID after, int limit) throws Exception {
            long from = after == null ? 0 : after.getLeastSignificantBits() + 1;
            long to = Math.min(syntheticCount, from + limit);
            ObjectNode page = JSON.createObjectNode();
            ArrayNode out = page.putArray("items");
            String created = Instant.parse("2019-05-01T10:00:00Z").toString();
            for (long i = from; i < to; i++) {
                out.addObject().put("itemId", new UUID(SYNTHETIC_MSB, i).toString())
                        .put("channelId", SYNTHETIC_CHANNEL.toString()).put("kind", "COMMENT")
                        .put("direction", "INBOUND").put("visibility", "PUBLIC").put("platformCreatedAt", created)
                        .put("capturedAt", created).put("contentSha256", String.format("%064x", i)).put("held", false);
            }
            if (to < syntheticCount) {
                page.put("next", new UUID(SYNTHETIC_MSB, to - 1).toString());
            } else {
                page.putNull("next");
            }
            return JSON.writeValueAsString(page);
        }

        private static String dispose(JsonNode body) throws Exception {
            String runId = body.get("runId").asText();
            ObjectNode response = JSON.createObjectNode();
            ArrayNode results = response.putArray("results");
            for (String itemId : texts(body.get("itemIds"))) {
                if (UUID.fromString(itemId).getMostSignificantBits() == SYNTHETIC_MSB) {
                    SYNTHETIC_DISPOSED.incrementAndGet();
                    results.addObject().put("itemId", itemId).put("outcome", "DISPOSED").putNull("contentSha256");
                    continue;
                }
                String outcome = DISPOSE_RESULTS.computeIfAbsent(runId + ":" + itemId, key -> {
                    Item item = ITEMS.get(UUID.fromString(itemId));
                    if (item == null) {
                        return "NOT_FOUND";
                    }
                    if (item.disposed) {
                        return "ALREADY_DISPOSED";
                    }
                    if (item.held) {
                        return "SKIPPED_HELD";
                    }
                    item.disposed = true;
                    DESTRUCTIONS.computeIfAbsent(item.itemId, id -> new AtomicInteger()).incrementAndGet();
                    return "DISPOSED";
                });
                Item item = ITEMS.get(UUID.fromString(itemId));
                results.addObject().put("itemId", itemId).put("outcome", outcome)
                        .put("contentSha256", item == null ? null : item.sha256());
            }
            return JSON.writeValueAsString(response);
        }

        private static boolean matches(List<String> restriction, String value) {
            return restriction.isEmpty() || restriction.contains(value);
        }

        private static List<String> texts(JsonNode array) {
            List<String> values = new ArrayList<>();
            if (array != null) {
                array.forEach(n -> values.add(n.asText()));
            }
            return values;
        }

        private static Instant instant(JsonNode node) {
            return node == null || node.isNull() ? null : Instant.parse(node.asText());
        }

        private static ResponseDefinition json(int status, String body) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                    .withHeader("Content-Type", "application/json").withBody(body).build();
        }
    }
}
