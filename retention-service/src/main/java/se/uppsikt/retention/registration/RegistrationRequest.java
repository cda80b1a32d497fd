package se.uppsikt.retention.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of moderation-service's {@code POST /api/v1/registrations} (contracts §7). */
public record RegistrationRequest(String sourceReference, String sourceService, UUID authorityId,
        String registryUnit, String caseNumber, NewCase newCase, String documentTitle, String description,
        String direction, LocalDate documentDate, String counterparty, Object secrecy, String responsibleUnit,
        List<Attachment> attachments, String externalReference) {

    public record NewCase(String title, String caseType, String classificationCode) {
    }

    public record Attachment(String name, String mediaType, String sha256, String contentBase64) {
    }
}
