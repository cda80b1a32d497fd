package se.uppsikt.archive.connector;

import java.util.UUID;

import se.uppsikt.archive.item.Platform;

/**
 * Everything a connector needs to reach one channel: the platform's id of the page or account ({@code handle}), the
 * API base URL and the channel's access token. The token comes from configuration or a mounted secret, never from the
 * database, and {@link #toString()} leaves it out so that it cannot reach a log line.
 */
public record ChannelAccess(UUID channelId, Platform platform, String handle, String baseUrl, String accessToken) {

    @Override
    public String toString() {
        return "ChannelAccess[" + channelId + ", " + platform + ", " + handle + ", " + baseUrl + ", token "
                + (accessToken == null ? "missing" : "set") + "]";
    }
}
