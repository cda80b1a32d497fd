package se.uppsikt.retention.decision;

/** The event from which the retention period (gallringsfrist) is counted. */
public enum RetentionTrigger {
    /** when the record was created on the platform */
    CREATED,
    /** when Uppsikt captured the record */
    CAPTURED,
    /** when the ärende the record belongs to was closed */
    CASE_CLOSED,
    /** when the channel was closed */
    CHANNEL_CLOSED,
    /** "vid inaktualitet": when the stated trigger criterion is met; never without that criterion */
    SUPERSEDED
}
