package se.uppsikt.archive.disposal.api;

/** What happened to one item of a dispose call. */
public enum DisposalOutcome {
    DISPOSED, SKIPPED_HELD, NOT_FOUND, ALREADY_DISPOSED
}
