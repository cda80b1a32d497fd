package se.uppsikt.registry.channel.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.uppsikt.registry.channel.ChannelStatus;

/** A request to move a channel to another status; the note is kept in its history. */
public record StatusChangeRequest(
        @NotNull(message = "status is required") ChannelStatus status,
        @Size(max = 2000, message = "note is at most 2000 characters") String note) {
}
