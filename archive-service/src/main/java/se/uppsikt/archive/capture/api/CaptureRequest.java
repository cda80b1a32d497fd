package se.uppsikt.archive.capture.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import se.uppsikt.archive.capture.CaptureScope;
import se.uppsikt.archive.capture.CaptureTrigger;

/**
 * A capture to run now (contract 5). The period limits which posts are read by publication time; without it the
 * capture reads everything the platform still shows.
 */
public record CaptureRequest(
        @NotNull(message = "channelId is required") UUID channelId,
        @NotNull(message = "scope is required: OVERVIEW, ITEMS or FULL") CaptureScope scope,
        @NotNull(message = "trigger is required: SCHEDULE, ON_DEMAND or CHANNEL_CLOSURE") CaptureTrigger trigger,
        Instant periodFrom,
        Instant periodTo) {
}
