package se.uppsikt.moderation.archive;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The archive's answer: only {@code EXECUTED} means evidence was sealed and the platform acted. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TakedownResult(UUID takedownId, String status, List<UUID> evidenceIds, List<String> evidenceSha256,
        String platformResponse, String detail) {

    public boolean executed() {
        return "EXECUTED".equals(status);
    }
}
