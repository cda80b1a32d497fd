package se.uppsikt.moderation.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.moderation.channel.ChannelDirectory;
import se.uppsikt.moderation.channel.ChannelFacts;
import se.uppsikt.moderation.channel.ChannelLookup;

/**
 * A channel's review threshold and an item's age, both in working time (req. 15: "24 hours, working days"). The
 * threshold is the channel's own from channel-registry, or the configured default, and says which.
 */
@ApplicationScoped
public class ReviewThresholds {

    /** The threshold with where it came from, and the channel as the registry described it (if it could). */
    public record Threshold(Duration duration, ThresholdSource source, Optional<ChannelFacts> channel) {
    }

    /** channel-registry accepts 1 to 720 hours; nothing younger than an hour can be overdue anywhere. */
    static final Duration SHORTEST_POSSIBLE = Duration.ofHours(1);

    private final ChannelDirectory channels;
    private final SwedishWorkingCalendar calendar;
    private final ReviewConfig config;

    public ReviewThresholds(ChannelDirectory channels, SwedishWorkingCalendar calendar, ReviewConfig config) {
        this.channels = channels;
        this.calendar = calendar;
        this.config = config;
    }

    public Threshold forChannel(UUID channelId) {
        ChannelLookup lookup = channels.lookup(channelId);
        Duration fallback = config.threshold().fallback();
        if (!lookup.registryAvailable()) {
            return new Threshold(fallback, ThresholdSource.DEFAULT_REGISTRY_UNAVAILABLE, Optional.empty());
        }
        return lookup.facts().filter(facts -> facts.reviewThresholdHours() != null)
                .map(facts -> new Threshold(Duration.ofHours(facts.reviewThresholdHours()), ThresholdSource.REGISTRY,
                        Optional.of(facts)))
                .orElseGet(() -> new Threshold(fallback, ThresholdSource.DEFAULT_CHANNEL_NOT_IN_REGISTRY,
                        lookup.facts()));
    }

    /** Working time since publication: the duty to keep watch starts when the public can see the item. */
    public Duration workingAge(ReviewItem item, Instant now) {
        return calendar.workingTimeBetween(item.platformCreatedAt, now);
    }

    public Duration workingTimeBetween(Instant from, Instant to) {
        return calendar.workingTimeBetween(from, to);
    }
}
