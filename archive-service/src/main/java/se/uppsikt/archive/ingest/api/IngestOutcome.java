package se.uppsikt.archive.ingest.api;

/** CREATED: a new item; NEW_VERSION: its content changed; UNCHANGED: the same content again, nothing added. */
public enum IngestOutcome {
    CREATED, NEW_VERSION, UNCHANGED
}
