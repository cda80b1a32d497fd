package se.uppsikt.registry.channel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<Channel, UUID> {

    public Optional<Channel> findByPlatformAndHandle(Platform platform, String handle) {
        return find("platform = ?1 and lower(handle) = lower(?2)", platform, handle).firstResultOptional();
    }

    public PanacheQuery<Channel> inStatuses(List<ChannelStatus> statuses) {
        return find("status in ?1", Sort.by("name").and("id"), statuses);
    }
}
