package se.uppsikt.archive.registry;

import java.util.UUID;

/**
 * How a rendition names a channel: its name and its authority's name from the registry, or, when the registry does not
 * answer, the bare id with a visible "kanal okänd i registret" so that nobody mistakes a missing name for a nameless
 * channel.
 */
public record ChannelLabel(UUID channelId, String channelName, String handle, String authorityName, boolean known) {

    public static final String UNKNOWN = "kanal okänd i registret";

    public static ChannelLabel unknown(UUID channelId) {
        return new ChannelLabel(channelId, null, null, null, false);
    }

    /** Swedish text for the rendition header; the platform is the archived item's. */
    public String describe(String platform) {
        if (!known) {
            return "Kanal " + channelId + " på " + platform + " (" + UNKNOWN + ")";
        }
        StringBuilder text = new StringBuilder("Kanal ").append(channelName == null ? channelId : channelName);
        if (handle != null && !handle.isBlank()) {
            text.append(" (").append(handle).append(")");
        }
        text.append(" på ").append(platform).append(", ")
                .append(authorityName == null ? "myndighet okänd i registret" : authorityName)
                .append(". Kanalens id ").append(channelId);
        return text.toString();
    }
}
