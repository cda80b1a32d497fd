package se.uppsikt.archive.takedown.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.uppsikt.archive.takedown.TakedownAction;

/**
 * A moderation decision to carry out (contract 2). {@code decisionId} is the idempotency key: the same decision again
 * returns the first result and calls the platform again only if that call failed.
 */
public record TakedownRequest(
        @NotNull(message = "decisionId is required: the id of the moderation decision carried out") UUID decisionId,
        @NotNull(message = "itemId is required: the archived item to take down") UUID itemId,
        @NotNull(message = "action is required: HIDE, REMOVE or BLOCK_USER") TakedownAction action,
        @NotBlank(message = "reasonCode is required, e.g. BBS_HETS_MOT_FOLKGRUPP") @Size(max = 100, message = "reasonCode is at most 100 characters") @Pattern(regexp = "[A-Z0-9_]+", message = "reasonCode is a code of the reason catalogue in capitals, e.g. BBS_OLAGA_HOT") String reasonCode,
        @NotBlank(message = "requestedBy is required: who decided") @Size(max = 200, message = "requestedBy is at most 200 characters") String requestedBy) {
}
