package se.uppsikt.archive.connector;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.uppsikt.archive.connector.facebook.FacebookPageConnector;
import se.uppsikt.archive.connector.instagram.InstagramConnector;
import se.uppsikt.archive.connector.mastodon.MastodonConnector;
import se.uppsikt.archive.connector.rss.FeedConnector;
import se.uppsikt.archive.item.Platform;
import se.uppsikt.archive.registry.RegistryChannel;

/**
 * The connectors by platform and the access to one channel: its handle and URL from the registry, the Graph base URL
 * from configuration, the token from {@link Credentials}. Platforms without a connector (X, YouTube, LinkedIn,
 * TikTok) give an empty answer that captures and takedowns report per channel.
 */
@ApplicationScoped
public class Connectors {

    private final Map<Platform, Connector> connectors = new EnumMap<>(Platform.class);
    private final Credentials credentials;
    private final String graphBaseUrl;

    public Connectors(Credentials credentials, Clock clock,
            @ConfigProperty(name = "archive.platforms.graph.base-url") String graphBaseUrl,
            @ConfigProperty(name = "archive.platforms.max-attempts") int maxAttempts,
            @ConfigProperty(name = "archive.platforms.first-backoff") Duration firstBackoff,
            @ConfigProperty(name = "archive.platforms.longest-wait") Duration longestWait) {
        this.credentials = credentials;
        this.graphBaseUrl = graphBaseUrl.endsWith("/")
                ? graphBaseUrl.substring(0, graphBaseUrl.length() - 1)
                : graphBaseUrl;
        PlatformHttp http = new PlatformHttp(sleeper(), clock, maxAttempts, firstBackoff, longestWait);
        register(new FacebookPageConnector(http));
        register(new InstagramConnector(http));
        register(new MastodonConnector(http));
        register(new FeedConnector(http));
    }

    /** Overridden by nothing in production; a seam so that the real waits are the only waits. */
    protected Sleeper sleeper() {
        return Sleeper.real();
    }

    private void register(Connector connector) {
        connectors.put(connector.platform(), connector);
    }

    public Optional<Connector> forPlatform(Platform platform) {
        return Optional.ofNullable(connectors.get(platform));
    }

    /** How to reach the channel; the token is absent when none is configured (the call then fails as expired). */
    public ChannelAccess access(UUID channelId, Platform platform, RegistryChannel channel) {
        String baseUrl = platform == Platform.FACEBOOK_PAGE || platform == Platform.INSTAGRAM
                ? graphBaseUrl
                : channel == null ? null : channel.url();
        return new ChannelAccess(channelId, platform, channel == null ? null : channel.handle(), baseUrl,
                credentials.accessToken(channelId).orElse(null));
    }
}
