package se.uppsikt.retention.decision;

/** Who could see a record on the platform; a secret record is never disposed of by a run (requirement 58). */
public enum Visibility {
    PUBLIC, RESTRICTED, SECRET
}
