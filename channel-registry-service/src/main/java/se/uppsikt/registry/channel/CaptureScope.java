package se.uppsikt.registry.channel;

/** How much a scheduled capture takes (Stockholm's three levels; requirement 33). */
public enum CaptureScope {
    /** a snapshot of the profile/page as it looks */
    OVERVIEW,
    /** every item in the period, with threads */
    ITEMS,
    /** both */
    FULL
}
