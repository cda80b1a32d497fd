package se.uppsikt.registry.channel.api;

import jakarta.validation.constraints.Size;

import se.uppsikt.registry.channel.CaptureScope;

/**
 * When the archive captures the channel: an ISO-8601 interval (default {@code P6M}, every six months as SKR advises)
 * or a Quartz cron expression, and how much it takes.
 */
public record CaptureScheduleRequest(
        @Size(max = 32, message = "interval is at most 32 characters") String interval,
        @Size(max = 120, message = "cron is at most 120 characters") String cron,
        CaptureScope scope) {
}
