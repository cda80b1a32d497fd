package se.uppsikt.moderation.notice;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Notice records; insert and read only. */
@ApplicationScoped
public class RemovalNoticeRepository implements PanacheRepositoryBase<RemovalNotice, UUID> {

    public List<RemovalNotice> listByDecision(UUID decisionId) {
        return list("decisionId", Sort.by("recordedAt").and("id"), decisionId);
    }
}
