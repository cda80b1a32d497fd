package se.uppsikt.archive.hold;

/** Why material must be kept beyond its gallringsfrist (domain requirement 53). */
public enum HoldReason {
    /** a request for utlämnande of allmän handling is pending */
    DISCLOSURE_REQUEST,
    /** a refusal to disclose has been appealed, or the appeal period is running */
    APPEAL,
    /** the material is part of a polisanmälan or an investigation */
    POLICE_REPORT,
    /** an ärende that the material belongs to is still open */
    OPEN_CASE,
    /** a dispute in court or with a supervisory authority */
    LITIGATION,
    /** evidence sealed for a moderation decision that can still be reviewed or appealed */
    MODERATION_EVIDENCE,
    /** placed by an archivist or registrar for a reason given in the description */
    MANUAL
}
