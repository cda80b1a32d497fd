package se.uppsikt.retention.run;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DisposalRunRepository implements PanacheRepositoryBase<DisposalRun, UUID> {

    public List<DisposalRun> inStatus(RunStatus status) {
        return list("status", status);
    }

    /** Whether the decision already has a run that is not finished; the schedule does not pile up dry runs. */
    public boolean hasUnfinishedRun(UUID decisionId) {
        return count("decisionId = ?1 and status <> ?2", decisionId, RunStatus.EXECUTED) > 0;
    }

    public List<DisposalRun> registrationOpen() {
        return list("status = ?1 and (registrationStatus is null or registrationStatus in ('PENDING', 'NOT_SENT'))",
                RunStatus.EXECUTED);
    }
}
