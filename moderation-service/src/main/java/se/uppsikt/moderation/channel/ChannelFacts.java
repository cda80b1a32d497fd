package se.uppsikt.moderation.channel;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What moderation needs of a channel in the registry (contracts §10): its review threshold, who answers for it, and
 * where its rules are published. The registry's other fields are ignored, so it may add fields freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelFacts(UUID id, UUID authorityId, String platform, String handle, String url, String name,
        Integer reviewThresholdHours, Person responsible, Person deputy, Information information, String status) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, String function, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Information(String userInformationUrl) {
    }

    public String rulesUrl() {
        return information == null ? null : information.userInformationUrl();
    }
}
