package se.uppsikt.archive.disclosure;

/**
 * OPEN until the outcome is recorded; DECIDED while the appeal time runs; APPEALED while an appeal is pending;
 * APPEAL_DECIDED once the court (kammarrätten) has decided.
 */
public enum DisclosureStatus {
    OPEN, DECIDED, APPEALED, APPEAL_DECIDED
}
