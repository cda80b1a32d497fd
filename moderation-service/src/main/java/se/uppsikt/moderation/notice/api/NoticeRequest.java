package se.uppsikt.moderation.notice.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import se.uppsikt.moderation.notice.NoticeChannel;

/**
 * Whether the author was told of the removal. When {@code sent} is true, {@code channelUsed} and {@code sentAt} say
 * how and when; when false (no way to reach the author, or the author is anonymous), {@code sentAt} is left out.
 */
public record NoticeRequest(
        @NotNull(message = "sent is required: true when the author was told, false when not") Boolean sent,
        NoticeChannel channelUsed,
        Instant sentAt) {
}
