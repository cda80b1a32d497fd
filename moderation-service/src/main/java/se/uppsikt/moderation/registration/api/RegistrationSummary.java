package se.uppsikt.moderation.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.uppsikt.moderation.registration.Registration;
import se.uppsikt.moderation.registration.RegistrationStatus;

/**
 * What a registrar needs to finish a registration by hand: the public register fields (never the protected ones)
 * and why delivery stopped.
 */
public record RegistrationSummary(UUID registrationId, String sourceReference, String sourceService,
        RegistrationStatus status, String registrationNumber, String registryUnit, String caseNumber,
        String documentTitle, LocalDate documentDate, boolean secret, int attempts, String lastError,
        Instant nextAttemptAt, Instant createdAt, Instant registeredAt, String completedBy) {

    public static RegistrationSummary of(Registration r) {
        return new RegistrationSummary(r.id, r.sourceReference, r.sourceService, r.status, r.registrationNumber,
                r.registryUnit, r.caseNumber, r.documentTitle, r.documentDate, r.isSecret(), r.attempts,
                r.lastError, r.nextAttemptAt, r.createdAt, r.registeredAt, r.completedBy);
    }
}
