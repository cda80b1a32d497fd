package se.uppsikt.retention.decision;

/** Whether a record came in to the authority or was drawn up by it (TF 2 kap.). */
public enum Direction {
    /** inkommen handling */
    INBOUND,
    /** upprättad handling */
    OUTBOUND
}
