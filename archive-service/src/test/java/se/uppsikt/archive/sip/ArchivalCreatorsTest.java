package se.uppsikt.archive.sip;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.uppsikt.archive.OutsideWorld;
import se.uppsikt.archive.registry.ChannelRegistry;

/**
 * The arkivbildare of a package: the channel's authority as channel-registry-service answers over HTTP (WireMock in
 * the registry's shape, contract 10), or the configured one when the registry does not know the channel. The tests
 * switch the lookup off for every other package test, so it is built here with the lookup on.
 */
@QuarkusTest
class ArchivalCreatorsTest {

    private static final UUID AUTHORITY = UUID.fromString("9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    @Inject
    ChannelRegistry registry;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void reset() {
        OutsideWorld.resetToDefaults();
        circuitBreakers.resetAll();
    }

    private ArchivalCreators creators(boolean lookup) {
        return new ArchivalCreators(registry, lookup, "Kommunstyrelsen, Exempel kommun", "212000-0000");
    }

    @Test
    void theArchivalCreatorIsTheChannelsAuthorityInTheRegistry() {
        UUID channel = UUID.randomUUID();
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/channels/" + channel)).atPriority(1)
                .willReturn(okJson(OutsideWorld.channel(channel, "FACEBOOK_PAGE", "424242", null, "Västerås stad")
                        .replace(OutsideWorld.DEFAULT_AUTHORITY.toString(), AUTHORITY.toString()))));
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/authorities/" + AUTHORITY)).atPriority(1)
                .willReturn(okJson("""
                        {"id": "%s", "name": "Kommunstyrelsen, Västerås stad", "organisationNumber": "212000-2080"}
                        """.formatted(AUTHORITY))));

        SipContent.ArchivalCreator creator = creators(true).of(channel);

        assertEquals("Kommunstyrelsen, Västerås stad", creator.name());
        assertEquals("212000-2080", creator.organisationNumber());
        assertEquals("channel-registry", creator.source());
    }

    @Test
    void aChannelTheRegistryDoesNotKnowFallsBackToTheConfiguredCreator() {
        UUID channel = UUID.randomUUID();
        OutsideWorld.server.stubFor(get(urlEqualTo("/api/v1/channels/" + channel)).atPriority(1)
                .willReturn(notFound()));

        SipContent.ArchivalCreator creator = creators(true).of(channel);

        assertEquals("Kommunstyrelsen, Exempel kommun", creator.name());
        assertEquals("212000-0000", creator.organisationNumber());
        assertEquals("configuration", creator.source());
    }

    @Test
    void withTheLookupSwitchedOffTheConfiguredCreatorIsUsed() {
        assertEquals("configuration", creators(false).of(UUID.randomUUID()).source());
    }
}
