package se.uppsikt.moderation.decision;

/** Whether the decision was carried out on the platform. */
public enum Execution {
    /** The outcome does not act on the platform (no action, answer, case, report). */
    NOT_APPLICABLE,
    /** Four-eyes channel: nothing happens until a second moderator approves (req. 26). */
    AWAITING_APPROVAL,
    /** Evidence was sealed and the platform acted. */
    EXECUTED,
    /** Recorded, but not carried out: the archive could not seal evidence or the platform refused. */
    NOT_EXECUTED
}
