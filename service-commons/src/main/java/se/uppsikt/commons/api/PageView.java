package se.uppsikt.commons.api;

import java.util.List;

/** One page of a list: the items, where the page is, and how many there are in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    /** The largest page a client may ask for; larger requests are refused, not silently cut. */
    public static final int MAX_SIZE = 100;
}
