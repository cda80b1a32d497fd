package se.uppsikt.moderation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.UUID;

/** The archive's takedown API (contracts §2): seals evidence, then acts on the platform. */
public final class ArchiveTakedownFake {

    public static final String PATH = "/api/v1/takedowns";
    public static final String EVIDENCE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private ArchiveTakedownFake() {
    }

    /** Every takedown succeeds, with one sealed evidence file. */
    public static void executeAll() {
        DownstreamFakes.server.stubFor(post(urlEqualTo(PATH)).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"takedownId": "%s", "status": "EXECUTED", "evidenceIds": ["%s"],
                         "evidenceSha256": ["%s"], "platformResponse": "hidden", "detail": null}
                        """.formatted(UUID.randomUUID(), UUID.randomUUID(), EVIDENCE_SHA256))));
    }

    /** The archive cannot capture this item, so it refuses to take it down. */
    public static void evidenceFailsFor(UUID itemId) {
        DownstreamFakes.server.stubFor(post(urlEqualTo(PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.itemId", equalTo(itemId.toString())))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"takedownId": "%s", "status": "EVIDENCE_FAILED", "evidenceIds": [], "evidenceSha256": [],
                         "platformResponse": null, "detail": "the platform returned 404 when the item was captured"}
                        """.formatted(UUID.randomUUID()))));
    }

    /** The archive is down for this item. */
    public static void unavailableFor(UUID itemId) {
        DownstreamFakes.server.stubFor(post(urlEqualTo(PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.itemId", equalTo(itemId.toString())))
                .willReturn(aResponse().withStatus(503)));
    }
}
