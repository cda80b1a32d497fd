package se.uppsikt.moderation.review;

/** Where a review threshold came from, so an alert can say when it rests on the default instead of the channel's. */
public enum ThresholdSource {
    /** the channel's {@code reviewThresholdHours} in channel-registry */
    REGISTRY,
    /** the configured default: the registry does not know the channel */
    DEFAULT_CHANNEL_NOT_IN_REGISTRY,
    /** the configured default: the registry could not be reached */
    DEFAULT_REGISTRY_UNAVAILABLE,
    /** alerts raised before thresholds came from the registry (this service's own configuration, calendar hours) */
    CONFIGURATION
}
