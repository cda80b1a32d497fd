package se.uppsikt.archive.item;

/** OUTBOUND: the authority's own; INBOUND: from others. */
public enum Direction {
    INBOUND, OUTBOUND
}
