package se.uppsikt.registry.channel.api;

import java.util.UUID;

import se.uppsikt.registry.channel.CaptureScope;
import se.uppsikt.registry.channel.Channel;
import se.uppsikt.registry.channel.ChannelStatus;
import se.uppsikt.registry.channel.Platform;

/** What the archive needs to capture a channel on its schedule (internal API, role {@code service}). */
public record CaptureScheduleView(UUID channelId, UUID authorityId, Platform platform, String handle, String url,
        ChannelStatus status, String interval, String cron, CaptureScope scope) {

    public static CaptureScheduleView of(Channel c) {
        return new CaptureScheduleView(c.id, c.authorityId, c.platform, c.handle, c.url, c.status, c.captureInterval,
                c.captureCron, c.captureScope);
    }
}
