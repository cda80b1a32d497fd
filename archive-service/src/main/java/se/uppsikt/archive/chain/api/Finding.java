package se.uppsikt.archive.chain.api;

import java.util.UUID;

import se.uppsikt.archive.chain.ChainKind;

/**
 * One thing the verification found wrong. {@code seq} names the chain entry (absent for blob findings); {@code sha256}
 * names the blob or the expected hash.
 */
public record Finding(Kind kind, Long seq, ChainKind entryKind, UUID subjectId, String sha256, String detail) {

    public enum Kind {
        /** an entry was altered, removed or reordered */
        CHAIN_LINK,
        /** what an entry seals (a version, a visibility change, a hold, a tombstone) no longer matches its hash */
        SUBJECT,
        /** the head of the chain does not match its last entry: entries were removed at the end */
        HEAD,
        /** a blob's bytes no longer match its SHA-256 */
        BLOB_MISMATCH,
        /** a blob recorded in the database is not in the blob store */
        BLOB_MISSING
    }
}
