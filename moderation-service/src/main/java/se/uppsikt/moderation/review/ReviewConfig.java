package se.uppsikt.moderation.review;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Review thresholds. Each channel's own threshold comes from channel-registry ({@code reviewThresholdHours}); the
 * default here applies to a channel the registry does not know or while the registry cannot be reached.
 */
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

        /** In working time (see {@link SwedishWorkingCalendar}). */
        @WithName("default")
        @WithDefault("PT24H")
        Duration fallback();
    }
}
