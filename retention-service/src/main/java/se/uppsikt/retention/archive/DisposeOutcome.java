package se.uppsikt.retention.archive;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the archive did with one item of a dispose request. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisposeOutcome(UUID itemId, Outcome outcome, String contentSha256) {

    public enum Outcome {
        DISPOSED, SKIPPED_HELD, NOT_FOUND, ALREADY_DISPOSED
    }
}
