package se.uppsikt.registry.archive;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The archive's answer about a capture: only a {@code SUCCEEDED} capture lets a channel close. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaptureResult(UUID id, String status) {

    public boolean succeeded() {
        return id != null && "SUCCEEDED".equals(status);
    }
}
