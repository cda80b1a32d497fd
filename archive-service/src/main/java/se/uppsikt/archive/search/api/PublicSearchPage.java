package se.uppsikt.archive.search.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the public search. The hits are counted only up to {@code archive.public.search.count-limit}: counting
 * every match of a common word in millions of posts cost more than finding the page itself (issue 12), and nobody
 * pages through a thousand hits — they refine the search.
 */
public record PublicSearchPage(List<PublicItem> items, int page, int size,
        @Schema(description = "Number of hits, exact unless totalIsLowerBound") long total,
        @Schema(description = "True when there are more hits than total; the search counts only up to a limit") boolean totalIsLowerBound) {
}
