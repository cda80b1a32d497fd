package se.uppsikt.retention.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

/**
 * A retention decision reduced to what the disposal rules need: when it applies, what it covers, what it preserves
 * and how long the frist is. Immutable and free of persistence, so the rules can be tested on their own.
 */
public record DecisionRule(UUID id, String reference, LocalDate validFrom, LocalDate validTo, Period period,
        RetentionTrigger trigger, Set<UUID> authorityIds, Set<UUID> channelIds, Set<Platform> platforms,
        Set<ItemKind> itemKinds, Set<Direction> directions, Set<Visibility> visibilities,
        Set<String> classificationCodes, Set<ItemKind> preservedItemKinds, Set<String> preservedClassificationCodes,
        boolean requiresApproval) {

    /** In force on that Swedish calendar day. */
    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Whether the decision's authority, channel and platform scope reach a record on that channel. */
    public boolean reachesChannel(UUID channelId, UUID authorityId, Platform platform) {
        return authorityIds.contains(authorityId) && anyOrContains(channelIds, channelId)
                && anyOrContains(platforms, platform);
    }

    /** Whether the decision covers the record: every scope dimension that restricts, matches. */
    public boolean covers(UUID channelId, UUID authorityId, Platform platform, String classificationCode,
            ItemKind kind, Direction direction, Visibility visibility) {
        return reachesChannel(channelId, authorityId, platform) && itemKinds.contains(kind)
                && anyOrContains(directions, direction) && anyOrContains(visibilities, visibility)
                && (classificationCodes.isEmpty()
                        || classificationCode != null && classificationCodes.contains(classificationCode));
    }

    /** Whether the decision says such a record bevaras, which no other decision can override (requirement 52). */
    public boolean preserves(UUID channelId, UUID authorityId, Platform platform, String classificationCode,
            ItemKind kind) {
        return reachesChannel(channelId, authorityId, platform) && (preservedItemKinds.contains(kind)
                || classificationCode != null && preservedClassificationCodes.contains(classificationCode));
    }

    private static <T> boolean anyOrContains(Set<T> restriction, T value) {
        return restriction.isEmpty() || restriction.contains(value);
    }
}
