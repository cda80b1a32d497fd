package se.uppsikt.retention.channel;

import java.util.Optional;
import java.util.UUID;

/** Where channel facts come from: channel-registry in production, a map in property tests. */
@FunctionalInterface
public interface ChannelSource {

    Optional<ChannelFacts> find(UUID channelId);
}
