package se.uppsikt.retention.run;

/** The life of a disposal run: dry run, approval, execution. A run never goes back. */
public enum RunStatus {
    /** candidates are still being fetched and judged */
    PLANNING,
    /** the dry run is complete and can be read; waiting for approval (or for execution, if the decision allows) */
    PLANNED,
    /** an archivist other than the creator approved the dry run */
    APPROVED,
    /** execution started; a run found in this state after a crash is resumed */
    EXECUTING,
    /** every eligible item has an outcome */
    EXECUTED
}
