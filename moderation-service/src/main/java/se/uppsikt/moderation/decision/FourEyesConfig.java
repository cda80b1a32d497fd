package se.uppsikt.moderation.decision;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.smallrye.config.ConfigMapping;

/**
 * Channels where a REMOVE or BLOCK_USER needs a second moderator's approval before it is executed (req. 26). Taken
 * from configuration by channel id until channel-registry publishes it per channel.
 */
@ConfigMapping(prefix = "moderation.four-eyes")
public interface FourEyesConfig {

    Optional<Set<String>> channels();

    default boolean required(Outcome outcome, UUID channelId) {
        return (outcome == Outcome.REMOVE || outcome == Outcome.BLOCK_USER)
                && channels().map(c -> c.contains(channelId.toString())).orElse(false);
    }
}
