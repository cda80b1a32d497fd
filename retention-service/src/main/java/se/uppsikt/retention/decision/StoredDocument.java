package se.uppsikt.retention.decision;

/** A decision document as stored: name, media type, SHA-256 and the bytes. */
public record StoredDocument(String fileName, String mediaType, String sha256, byte[] content) {
}
