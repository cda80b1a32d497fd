package se.uppsikt.moderation.channel;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long answers of channel-registry are reused. */
@ConfigMapping(prefix = "moderation.channel-registry")
public interface ChannelRegistryConfig {

    /** A changed threshold or responsible person reaches moderation within this time. */
    @WithDefault("PT5M")
    Duration cacheTtl();

    /** While the registry is down it is asked again only this often, so queue views do not wait on it each time. */
    @WithDefault("PT1M")
    Duration unavailableTtl();
}
