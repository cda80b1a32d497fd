package se.uppsikt.archive.sip;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.uppsikt.archive.registry.ChannelRegistry;
import se.uppsikt.archive.registry.RegistryAuthority;
import se.uppsikt.archive.registry.RegistryChannel;

/**
 * The arkivbildare of a channel for the package METS (agent ARCHIVIST, IDENTIFICATIONCODE = organisationsnummer):
 * the channel's authority in channel-registry-service, or the configured one when the registry cannot say. A package
 * must not wait for the registry, and the configured authority is the right one for a single-authority deployment.
 */
@ApplicationScoped
public class ArchivalCreators {

    private final ChannelRegistry registry;
    private final boolean lookup;
    private final String name;
    private final String organisationNumber;

    public ArchivalCreators(ChannelRegistry registry,
            @ConfigProperty(name = "archive.sip.registry-lookup", defaultValue = "true") boolean lookup,
            @ConfigProperty(name = "archive.sip.archival-creator.name") String name,
            @ConfigProperty(name = "archive.sip.archival-creator.organisation-number") String organisationNumber) {
        this.registry = registry;
        this.lookup = lookup;
        this.name = name;
        this.organisationNumber = organisationNumber;
    }

    SipContent.ArchivalCreator of(UUID channelId) {
        if (lookup) {
            Optional<RegistryAuthority> authority = registry.channel(channelId)
                    .map(RegistryChannel::authorityId)
                    .flatMap(registry::authority)
                    .filter(a -> a.name() != null && a.organisationNumber() != null);
            if (authority.isPresent()) {
                return new SipContent.ArchivalCreator(authority.get().name(), authority.get().organisationNumber(),
                        "channel-registry");
            }
        }
        return new SipContent.ArchivalCreator(name, organisationNumber, "configuration");
    }
}
