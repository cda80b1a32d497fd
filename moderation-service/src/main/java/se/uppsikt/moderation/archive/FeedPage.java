package se.uppsikt.moderation.archive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of the archive's inbound feed (contracts §1): items in strictly increasing cursor order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<FeedItem> items, long nextCursor) {

    public List<FeedItem> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
