package se.uppsikt.moderation.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

/**
 * Channels as channel-registry describes them, cached briefly: the queue shows a threshold for every item, and the
 * registry need not be asked for each. A registry that cannot be reached is not an error here; the caller gets
 * {@link ChannelLookup#unavailable()} and says so (the overdue alert then uses the configured default threshold).
 */
@ApplicationScoped
public class ChannelDirectory {

    private record Cached(ChannelLookup lookup, Instant expires) {
    }

    private final ChannelRegistryClient registry;
    private final ChannelRegistryConfig config;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public ChannelDirectory(ChannelRegistryClient registry, ChannelRegistryConfig config, Clock clock) {
        this.registry = registry;
        this.config = config;
        this.clock = clock;
    }

    public ChannelLookup lookup(UUID channelId) {
        Instant now = clock.instant();
        Cached cached = cache.get(channelId);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.lookup();
        }
        ChannelLookup lookup;
        try {
            lookup = new ChannelLookup(registry.find(channelId), true);
        } catch (RuntimeException e) {
            Log.warnf("channel-registry not answering for channel %s (%s); using defaults", channelId,
                    e.getClass().getSimpleName());
            lookup = ChannelLookup.unavailable();
        }
        cache.put(channelId, new Cached(lookup,
                now.plus(lookup.registryAvailable() ? config.cacheTtl() : config.unavailableTtl())));
        return lookup;
    }

    /** Forgets every cached answer (tests that change the registry's answers between checks). */
    public void invalidateAll() {
        cache.clear();
    }
}
