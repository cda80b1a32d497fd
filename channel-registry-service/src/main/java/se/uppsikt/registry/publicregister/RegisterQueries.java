package se.uppsikt.registry.publicregister;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import se.uppsikt.registry.authority.Authority;
import se.uppsikt.registry.authority.AuthorityRepository;
import se.uppsikt.registry.channel.ChannelRepository;
import se.uppsikt.registry.channel.ChannelStatus;

/** Reads the register for the public listings and the arkivbeskrivning export, ordered by authority and name. */
@ApplicationScoped
public class RegisterQueries {

    private final ChannelRepository channels;
    private final AuthorityRepository authorities;

    public RegisterQueries(ChannelRepository channels, AuthorityRepository authorities) {
        this.channels = channels;
        this.authorities = authorities;
    }

    /** Active, paused and closed channels: what requirement 4 says the public must see. */
    public List<RegisterEntry> publicEntries() {
        return entries(List.of(ChannelStatus.ACTIVE, ChannelStatus.PAUSED, ChannelStatus.CLOSED));
    }

    /** Every channel, planned ones included, for the arkivbeskrivning / informationshanteringsplan. */
    public List<RegisterEntry> allEntries() {
        return entries(List.of(ChannelStatus.values()));
    }

    private List<RegisterEntry> entries(List<ChannelStatus> statuses) {
        Map<UUID, String> names = authorities.listAll().stream()
                .collect(Collectors.toMap(a -> a.id, (Authority a) -> a.name, (a, b) -> a));
        return channels.inStatuses(statuses).stream().map(c -> new RegisterEntry(c, names.get(c.authorityId)))
                .sorted(java.util.Comparator.comparing((RegisterEntry e) -> e.authorityName())
                        .thenComparing(e -> e.channel().name))
                .toList();
    }

}
