package se.uppsikt.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Everything outside the archive, faked at the HTTP boundary on one WireMock server: channel-registry-service
 * (contract 9/10, answering every channel as "Testkanalen" of "Testkommunen" unless a test says otherwise), the Graph
 * API under {@code /v23.0} and any Mastodon instance or RSS feed a test stubs. Channel access tokens are files in a
 * temporary credentials directory, as a mounted Secret would be.
 */
public class OutsideWorld implements QuarkusTestResourceLifecycleManager {

    public static final String DEFAULT_PAGE_ID = "100200300";
    public static final UUID DEFAULT_AUTHORITY = UUID.fromString("5a1b2c3d-0000-4000-8000-000000000001");

    public static WireMockServer server;
    public static Path credentials;

    /**
     * Runs while WireMock holds a platform's answer to a POST or DELETE, i.e. while the archive waits in its platform
     * call: what the hook sees in the database was committed before the call.
     */
    public static volatile Consumer<Request> beforePlatformAnswers = request -> {
    };

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new BeforePlatformAnswers()));
        server.start();
        try {
            credentials = Files.createTempDirectory("uppsikt-archive-credentials-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resetToDefaults();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.channel-registry.url", url,
                "archive.platforms.graph.base-url", url + "/v23.0",
                "archive.credentials.dir", credentials.toString());
    }

    public static String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** The access token of a channel, written as the mounted Secret's file. */
    public static void token(UUID channelId, String token) {
        try {
            Path dir = Files.createDirectories(credentials.resolve(channelId.toString()));
            Files.writeString(dir.resolve("access-token"), token + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void resetToDefaults() {
        beforePlatformAnswers = request -> {
        };
        server.resetAll();
        server.stubFor(get(urlPathMatching("/api/v1/channels/[0-9a-f-]{36}")).atPriority(10)
                .willReturn(okJson(channel(null, "FACEBOOK_PAGE", DEFAULT_PAGE_ID, null, "Testkanalen"))));
        server.stubFor(get(urlPathMatching("/api/v1/authorities/[0-9a-f-]{36}")).atPriority(10)
                .willReturn(okJson("""
                        {"id": "%s", "name": "Testkommunen", "organisationNumber": "212000-0001"}
                        """.formatted(DEFAULT_AUTHORITY))));
        server.stubFor(get(urlEqualTo("/api/v1/channels/capture-schedules")).atPriority(10).willReturn(okJson("[]")));
        server.stubFor(post(urlPathMatching("/api/v1/channels/[0-9a-f-]{36}/captures")).atPriority(10)
                .willReturn(aResponse().withStatus(204)));
    }

    /** A ChannelView in the registry's shape (contract 10). */
    public static String channel(UUID id, String platform, String handle, String url, String name) {
        return """
                {"id": %s, "authorityId": "%s", "platform": "%s", "handle": "%s", "url": %s, "name": "%s",
                 "reviewThresholdHours": 24, "status": "ACTIVE",
                 "responsible": {"name": "Eva Ek", "function": "Kommunikatör", "email": "eva@example.se"},
                 "captureSchedule": {"interval": "P6M", "cron": null, "scope": "FULL"}}
                """.formatted(id == null ? "null" : "\"" + id + "\"", DEFAULT_AUTHORITY, platform, handle,
                url == null ? "null" : "\"" + url + "\"", name);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Calls the hook for platform writes (POST, DELETE outside the registry's API). */
    static final class BeforePlatformAnswers implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Request request = serveEvent.getRequest();
            boolean write = "POST".equals(request.getMethod().value()) || "DELETE".equals(request.getMethod().value());
            if (write && !request.getUrl().startsWith("/api/v1/channels")) {
                beforePlatformAnswers.accept(request);
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public String getName() {
            return "before-platform-answers";
        }
    }
}
