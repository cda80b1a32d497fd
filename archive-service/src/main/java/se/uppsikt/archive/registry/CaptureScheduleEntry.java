package se.uppsikt.archive.registry;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One channel's capture schedule as the registry publishes it (contract 9). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaptureScheduleEntry(UUID channelId, UUID authorityId, String platform, String handle, String url,
        String status, String interval, String cron, String scope) {
}
