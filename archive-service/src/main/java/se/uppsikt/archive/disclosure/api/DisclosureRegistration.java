package se.uppsikt.archive.disclosure.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A request for utlämnande as the registrar records it. {@code requester} is optional: anyone may ask anonymously and
 * the authority may not ask who they are (TF 2 kap. 18 §).
 */
public record DisclosureRegistration(
        @NotNull(message = "receivedAt is required: when the request reached the authority") @PastOrPresent(message = "receivedAt must not be in the future") Instant receivedAt,
        @Size(max = 200, message = "requester is at most 200 characters; leave it out for an anonymous request") String requester,
        @Size(max = 2000, message = "description is at most 2000 characters") String description,
        @NotNull(message = "scope is required: a channel and period, search criteria or item ids") @Valid DisclosureScope scope) {
}
