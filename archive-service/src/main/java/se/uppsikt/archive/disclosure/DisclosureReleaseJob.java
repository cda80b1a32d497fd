package se.uppsikt.archive.disclosure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Releases the holds of requests whose appeal time ran out without an appeal, or whose appeal was decided. */
@ApplicationScoped
public class DisclosureReleaseJob {

    private final DisclosureService service;

    public DisclosureReleaseJob(DisclosureService service) {
        this.service = service;
    }

    @Scheduled(cron = "{archive.disclosure.release-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Returns the requests whose holds were released; tests call it directly. */
    public List<UUID> run() {
        List<UUID> released = service.releaseDue();
        if (!released.isEmpty()) {
            Log.infof("Released the holds of %d disclosure requests", released.size());
        }
        return released;
    }
}
