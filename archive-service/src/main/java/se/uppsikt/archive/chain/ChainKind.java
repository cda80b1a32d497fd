package se.uppsikt.archive.chain;

/** What a chain entry records. */
public enum ChainKind {
    ITEM_VERSION_INGESTED, VISIBILITY_CHANGED, HOLD_PLACED, HOLD_RELEASED, TAKEDOWN, ITEM_DISPOSED
}
