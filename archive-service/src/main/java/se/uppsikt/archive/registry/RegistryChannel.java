package se.uppsikt.archive.registry;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of the registry's ChannelView the archive uses. {@code handle} is the platform's id of the page or account
 * (Facebook page id, Instagram user id, Mastodon account id); {@code url} the instance base or feed URL.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryChannel(UUID id, UUID authorityId, String platform, String handle, String url, String name,
        String status, Schedule captureSchedule) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Schedule(String interval, String cron, String scope) {
    }
}
