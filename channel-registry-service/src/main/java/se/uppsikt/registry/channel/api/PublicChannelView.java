package se.uppsikt.registry.channel.api;

import java.time.LocalDate;
import java.util.UUID;

import se.uppsikt.registry.channel.Capacity;
import se.uppsikt.registry.channel.Channel;
import se.uppsikt.registry.channel.ChannelStatus;
import se.uppsikt.registry.channel.Platform;

/**
 * A channel as the public register shows it (requirements 4, 5): no e-mail addresses, and a responsible person's
 * or deputy's name only where it is marked publishable; their function is always shown.
 */
public record PublicChannelView(UUID id, String authority, Platform platform, String name, String handle, String url,
        String purpose, Capacity capacity, boolean dialogueEnabled, String responsibleFunction,
        String responsibleName, String deputyFunction, String deputyName, ChannelStatus status, LocalDate startDate,
        LocalDate endDate, String informationText, String userInformationUrl, String privacyNoticeUrl) {

    public static PublicChannelView of(Channel c, String authorityName) {
        return new PublicChannelView(c.id, authorityName, c.platform, c.name, c.handle, c.url, c.purpose, c.capacity,
                c.dialogueEnabled, c.responsibleFunction, c.responsibleNamePublic ? c.responsibleName : null,
                c.deputyFunction, c.deputyNamePublic ? c.deputyName : null, c.status, c.startDate, c.endDate,
                c.infoText, c.infoUserInformationUrl, c.infoPrivacyNoticeUrl);
    }
}
