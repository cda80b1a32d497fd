package se.uppsikt.moderation.decision;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Moderation decisions; insert and read only. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<ModerationDecision, UUID> {

    /** Serialises approvals of one decision, so two moderators approving at once cannot both execute it. */
    public void lockForApproval(UUID decisionId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "approval:" + decisionId).getSingleResult();
    }

    public boolean isApproved(UUID decisionId) {
        return count("approvesDecisionId", decisionId) > 0;
    }

    public List<ModerationDecision> listByReviewItem(UUID reviewItemId) {
        return list("reviewItemId", Sort.by("decidedAt").and("id"), reviewItemId);
    }
}
