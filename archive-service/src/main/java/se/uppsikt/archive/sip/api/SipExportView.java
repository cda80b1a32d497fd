package se.uppsikt.archive.sip.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.uppsikt.archive.sip.SipExport;
import se.uppsikt.archive.sip.SipStatus;

/**
 * An e-arkiv package and its state. {@code packageId} is the METS OBJID and the name of the package's root folder;
 * the three indications are also in the package's descriptive metadata (EAD appraisal and accessrestrict).
 */
public record SipExportView(UUID id, String packageId, UUID channelId, Instant periodFrom, Instant periodTo,
        SipStatus status, int itemCount, List<String> representations, boolean mayContainDisposable,
        boolean containsSecret, boolean containsPersonalData, long sizeBytes, String sha256, Validation validation,
        Instant createdAt, String createdBy, Instant transferredAt, String transferredBy, String transferTarget,
        String receipt, Instant overdueAlertedAt) {

    public record Validation(boolean valid, int errors, int warnings, long millis, String summary) {
    }

    public record Event(String kind, Instant at, String detail) {
    }

    public static SipExportView of(SipExport e) {
        return new SipExportView(e.id, e.packageId, e.channelId, e.periodFrom, e.periodTo, e.status, e.itemCount,
                Arrays.asList(e.representations.split(",")), e.mayContainDisposable, e.containsSecret,
                e.containsPersonalData, e.sizeBytes, e.sha256,
                new Validation(e.valid, e.validationErrors, e.validationWarnings, e.validationMillis,
                        e.validationSummary),
                e.createdAt, e.createdBy, e.transferredAt, e.transferredBy, e.transferTarget, e.receipt,
                e.overdueAlertedAt);
    }
}
