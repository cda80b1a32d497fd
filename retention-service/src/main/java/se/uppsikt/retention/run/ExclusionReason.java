package se.uppsikt.retention.run;

/** Why a candidate may not be disposed of in a run; listed in the dry run and the disposal record. */
public enum ExclusionReason {
    /** a hold (utlämnande, appeal, police report, open case, litigation, manual) applies */
    HELD,
    /** a decision says such records bevaras (requirement 52) */
    PRESERVED,
    /** the longest frist among the decisions covering the record has not yet run out */
    NOT_DUE,
    /** a covering decision counts from an event Uppsikt cannot date (case closed, vid inaktualitet) */
    TRIGGER_UNKNOWN,
    /** the run's decision does not reach the record's authority, platform or classification */
    OUT_OF_SCOPE,
    /** channel-registry does not know the record's channel */
    CHANNEL_UNKNOWN,
    /** a secret record is never disposed of by a run (requirement 58) */
    SECRET
}
