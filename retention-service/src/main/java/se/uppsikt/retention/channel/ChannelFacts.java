package se.uppsikt.retention.channel;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.uppsikt.retention.decision.Platform;

/**
 * What the disposal rules need to know about a channel from channel-registry: whose it is, where, its
 * classification, and the day it closed (the trigger of CHANNEL_CLOSED decisions).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelFacts(UUID id, UUID authorityId, Platform platform, String classificationCode,
        LocalDate endDate) {
}
