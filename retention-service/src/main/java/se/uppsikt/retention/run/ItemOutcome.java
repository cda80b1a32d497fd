package se.uppsikt.retention.run;

/** What became of an eligible item when the run executed. */
public enum ItemOutcome {
    DISPOSED, SKIPPED_HELD, NOT_FOUND, ALREADY_DISPOSED,
    /** a decision registered after the dry run says such records bevaras; the item was not sent to the archive */
    SKIPPED_PRESERVED
}
