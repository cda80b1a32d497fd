package se.uppsikt.archive.takedown;

/**
 * Where a takedown stands. The API reports EXECUTED, EVIDENCE_FAILED and PLATFORM_FAILED (contract 2); SEALING and
 * EVIDENCE_SEALED are the moments in between, seen only by a repeat that arrives while the first is still running.
 */
public enum TakedownStatus {
    SEALING, EVIDENCE_FAILED, EVIDENCE_SEALED, PLATFORM_FAILED, EXECUTED
}
