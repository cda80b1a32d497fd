package se.uppsikt.moderation.registration;

/** The document's direction as the diarium records it (CITS ERMS {@code directionDefinition}). */
public enum Direction {
    /** Received from outside: a user's message, a request. */
    INKOMMANDE,
    /** Drawn up by the authority: a decision, a disposal record. */
    UPPRATTAD,
    /** Internal working document. */
    INTERN
}
