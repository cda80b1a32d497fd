package se.uppsikt.archive.capture;

/**
 * OVERVIEW: the page or profile only (ögonblicksbild); ITEMS: the posts of the period with their whole comment
 * threads; FULL: both (requirement 33).
 */
public enum CaptureScope {
    OVERVIEW, ITEMS, FULL;

    boolean overview() {
        return this != ITEMS;
    }

    boolean items() {
        return this != OVERVIEW;
    }
}
