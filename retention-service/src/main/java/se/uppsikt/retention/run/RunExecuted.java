package se.uppsikt.retention.run;

import java.util.UUID;

/** Fired when a run has executed completely, so that its disposal record is registered. */
public record RunExecuted(UUID runId) {
}
