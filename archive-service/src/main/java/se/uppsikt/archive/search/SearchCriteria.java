package se.uppsikt.archive.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.uppsikt.archive.item.Direction;
import se.uppsikt.archive.item.ItemKind;
import se.uppsikt.archive.item.Visibility;

/**
 * What to search for; null means "any". {@code visibilities} is never empty: the caller decides what the searcher may
 * see. {@code publicInboundChannels} non-null means public search: OUTBOUND items, and INBOUND ones of those channels.
 */
record SearchCriteria(UUID channelId, Instant from, Instant to, String authorHandle, Direction direction,
        ItemKind kind, String text, String registrationNumber, Set<Visibility> visibilities,
        List<UUID> publicInboundChannels, int page,
        int size) {
}
