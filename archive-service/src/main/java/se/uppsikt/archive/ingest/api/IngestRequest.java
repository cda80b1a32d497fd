package se.uppsikt.archive.ingest.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A batch of captured items, all stored or none. {@code captureTool} names the capturing tool and its version (capture
 * provenance, requirement 37), e.g. "uppsikt-capture 1.4.2".
 */
public record IngestRequest(
        @NotEmpty(message = "items must contain at least one item") @Size(max = 1000, message = "a batch holds at most 1000 items") List<@NotNull(message = "an item must not be null") @Valid IngestItem> items,
        @Size(max = 200, message = "captureTool is at most 200 characters") String captureTool) {
}
