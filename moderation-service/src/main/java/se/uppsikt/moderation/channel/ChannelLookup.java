package se.uppsikt.moderation.channel;

import java.util.Optional;

/** The answer about one channel: its facts when the registry knows it, and whether the registry could be asked. */
public record ChannelLookup(Optional<ChannelFacts> facts, boolean registryAvailable) {

    public static ChannelLookup unavailable() {
        return new ChannelLookup(Optional.empty(), false);
    }
}
