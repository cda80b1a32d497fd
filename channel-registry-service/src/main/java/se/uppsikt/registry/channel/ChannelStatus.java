package se.uppsikt.registry.channel;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a channel. CLOSED is final: the channel's records stay, the channel does not reopen. */
public enum ChannelStatus {
    PLANNED, ACTIVE, PAUSED, CLOSED;

    /** The statuses a channel in this status may move to. */
    public Set<ChannelStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(PAUSED, CLOSED);
            case PAUSED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(ChannelStatus.class);
        };
    }

    /** Whether the channel appears in the public register (requirement 4: active, paused and closed ones). */
    public boolean isPublic() {
        return this != PLANNED;
    }
}
