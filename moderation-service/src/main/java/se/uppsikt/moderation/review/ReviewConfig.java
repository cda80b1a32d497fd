package se.uppsikt.moderation.review;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Review thresholds: how long an item may wait unreviewed before the responsible persons are alerted. */
@ConfigMapping(prefix = "review")
public interface ReviewConfig {

    Threshold threshold();

    OverdueCheck overdueCheck();

    interface OverdueCheck {

        /** How often overdue items are looked for ({@code off} disables it); read by {@code @Scheduled}. */
        @WithDefault("5m")
        String every();
    }

    interface Threshold {

        @WithName("default")
        @WithDefault("PT24H")
        Duration fallback();

        /** By channel id; a channel not listed has the default. */
        Map<String, Duration> channels();
    }

    default Duration thresholdFor(UUID channelId) {
        return threshold().channels().getOrDefault(channelId.toString(), threshold().fallback());
    }

    /** The shortest threshold of any channel: nothing younger can be overdue anywhere. */
    default Duration shortestThreshold() {
        return threshold().channels().values().stream().reduce(threshold().fallback(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
}
