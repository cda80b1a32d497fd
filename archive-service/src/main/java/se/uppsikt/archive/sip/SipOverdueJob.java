package se.uppsikt.archive.sip;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Raises the alert for packages that are waiting too long for transfer to the e-arkiv. */
@ApplicationScoped
public class SipOverdueJob {

    private final SipExportService service;

    public SipOverdueJob(SipExportService service) {
        this.service = service;
    }

    @Scheduled(cron = "{archive.sip.overdue-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Returns the packages alerted about; tests call it directly. */
    public List<UUID> run() {
        return service.alertOverdue();
    }
}
