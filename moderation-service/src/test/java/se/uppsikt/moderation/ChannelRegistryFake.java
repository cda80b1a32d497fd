package se.uppsikt.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.UUID;

/**
 * channel-registry's channel read (contracts §10) in the ChannelView shape, with the fields moderation reads and a
 * few it must ignore. A channel not stubbed answers 404, as the registry does for an unknown id.
 */
public final class ChannelRegistryFake {

    public static final String RESPONSIBLE = "Karin Ansvarig";
    public static final String DEPUTY = "Olle Ersättare";

    private ChannelRegistryFake() {
    }

    public static void channel(UUID id, String name, int reviewThresholdHours, String rulesUrl) {
        DownstreamFakes.server.stubFor(get(urlEqualTo("/api/v1/channels/" + id))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "authorityId": "5b0c1f9e-1d9a-4b8e-9a57-2f3b0c6a7d11", "platform": "FACEBOOK_PAGE",
                         "handle": "123456789", "url": "https://facebook.com/exempelkommun", "name": "%s",
                         "purpose": "Information från kommunen", "dialogueEnabled": true,
                         "responsible": {"name": "%s", "function": "Kommunikationschef",
                                         "email": "karin@exempel.se", "namePublic": true},
                         "deputy": {"name": "%s", "function": "Webbredaktör", "email": "olle@exempel.se",
                                    "namePublic": false},
                         "reviewThresholdHours": %d, "status": "ACTIVE",
                         "captureSchedule": {"interval": "P1D", "cron": null, "scope": "FULL"},
                         "information": {"userInformationUrl": "%s", "privacyNoticeUrl": "https://exempel.se/gdpr",
                                         "prohibitedContentCodes": ["BBS_OLAGA_HOT"]},
                         "informationStatus": "CURRENT"}
                        """.formatted(id, name, RESPONSIBLE, DEPUTY, reviewThresholdHours, rulesUrl))));
    }

    /** The registry answers 503 for every channel. */
    public static void down() {
        DownstreamFakes.server.stubFor(get(urlPathMatching("/api/v1/channels/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }
}
