package se.uppsikt.registry.channel.api;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What users of the channel are told (BBS-lagen 3 §, E-delegationen guideline 10). Every part may be left out while
 * the channel is planned; all must be present before it becomes active. {@code prohibitedContentCodes} are codes of
 * the reason catalogue (e.g. {@code BBS_OLAGA_HOT}); the statutory ones in force must all be listed. {@code text} is
 * the text shown to users; left empty, a Swedish default is generated from the other fields.
 */
public record InformationRequest(
        @Size(max = 2048) String userInformationUrl,
        @Size(max = 2048) String privacyNoticeUrl,
        @Size(max = 2000) String identity,
        @Size(max = 2000) String visibility,
        @Size(max = 2000) String publicRecord,
        List<@Size(max = 64) String> prohibitedContentCodes,
        @Size(max = 4000) String ownRules,
        @Size(max = 2000) String breachMeasures,
        @Size(max = 10000) String text) {
}
