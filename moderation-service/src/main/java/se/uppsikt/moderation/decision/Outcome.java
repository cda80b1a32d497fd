package se.uppsikt.moderation.decision;

/** The triage outcomes of the incoming-message flow (domain brief appendix A, req. 16). */
public enum Outcome {
    NO_ACTION, ANSWER, LIFT_TO_CASE, HIDE, REMOVE, BLOCK_USER, SECRET, REPORT_POLICE, REPORT_PLATFORM;

    /** Acts on the platform, so the archive must seal evidence first (req. 19). */
    public boolean takesDown() {
        return this == HIDE || this == REMOVE || this == BLOCK_USER || this == SECRET;
    }

    /** Needs a reason in force and a motivation of at least 20 characters (req. 17). */
    public boolean needsMotivatedReason() {
        return this == HIDE || this == REMOVE || this == BLOCK_USER || this == REPORT_POLICE;
    }
}
