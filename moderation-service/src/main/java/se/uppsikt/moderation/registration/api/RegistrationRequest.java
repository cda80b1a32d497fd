package se.uppsikt.moderation.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.uppsikt.moderation.registration.Direction;

/**
 * The canonical registration request (req. 61): what OSL 5 kap. 2 § asks the diarium to show (date, designation,
 * sender or recipient, short description) plus what a case system needs to file it.
 */
public record RegistrationRequest(
        @NotBlank(message = "sourceReference is required: it identifies the source and makes a repeated request return the first registration") @Size(max = 300, message = "sourceReference may be at most 300 characters") @Pattern(regexp = "^[\\x21-\\x7E]+$", message = "sourceReference may only contain visible ASCII characters, because it is sent as the Idempotency-Key header") String sourceReference,
        @NotBlank(message = "sourceService is required, e.g. moderation-service") @Size(max = 100, message = "sourceService may be at most 100 characters") String sourceService,
        @NotNull(message = "authorityId is required: the authority whose diarium registers the document") UUID authorityId,
        @NotBlank(message = "registryUnit is required, e.g. KS") @Size(max = 50, message = "registryUnit may be at most 50 characters") String registryUnit,
        @Size(max = 100, message = "caseNumber may be at most 100 characters") String caseNumber,
        @Valid NewCase newCase,
        @NotBlank(message = "documentTitle is required") @Size(max = 500, message = "documentTitle may be at most 500 characters") String documentTitle,
        @NotBlank(message = "description is required: OSL 5 kap. 2 § asks for a short description of what the document concerns") @Size(max = 4000, message = "description may be at most 4000 characters") String description,
        @NotNull(message = "direction is required: INKOMMANDE, UPPRATTAD or INTERN") Direction direction,
        @NotNull(message = "documentDate is required: OSL 5 kap. 2 § asks for the date the document was received or drawn up") LocalDate documentDate,
        @Size(max = 500, message = "counterparty may be at most 500 characters") String counterparty,
        @Valid SecrecyRequest secrecy,
        @Size(max = 200, message = "responsibleUnit may be at most 200 characters") String responsibleUnit,
        @Size(max = 20, message = "at most 20 attachments per registration") List<@NotNull(message = "an attachment may not be null") @Valid AttachmentRequest> attachments,
        @Size(max = 1000, message = "externalReference may be at most 1000 characters") String externalReference) {

    /** A new case (ärende) to open for the document, when it does not join an existing one. */
    public record NewCase(
            @NotBlank(message = "newCase.title is required") @Size(max = 500, message = "newCase.title may be at most 500 characters") String title,
            @NotBlank(message = "newCase.caseType is required") @Size(max = 200, message = "newCase.caseType may be at most 200 characters") String caseType,
            @Size(max = 50, message = "newCase.classificationCode may be at most 50 characters") String classificationCode) {
    }

    /** The document holds secret information: the provision, and the title as it may not be shown publicly. */
    public record SecrecyRequest(
            @NotBlank(message = "secrecy.provision is required: the OSL provision, e.g. OSL 26 kap. 1 §") @Pattern(regexp = "^OSL \\S.*$", message = "secrecy.provision must name the OSL provision, e.g. OSL 26 kap. 1 §") @Size(max = 200, message = "secrecy.provision may be at most 200 characters") String provision,
            @Size(max = 500, message = "secrecy.protectedTitle may be at most 500 characters") String protectedTitle) {
    }

    /** A file to register with the document, checked against its SHA-256 before it is accepted. */
    public record AttachmentRequest(
            @NotBlank(message = "attachment name is required") @Size(max = 300, message = "attachment name may be at most 300 characters") String name,
            @NotBlank(message = "attachment mediaType is required") @Size(max = 100, message = "attachment mediaType may be at most 100 characters") String mediaType,
            @NotBlank(message = "attachment sha256 is required") @Pattern(regexp = "^[0-9a-f]{64}$", message = "attachment sha256 must be 64 lower-case hex digits") String sha256,
            @NotBlank(message = "attachment contentBase64 is required") String contentBase64) {
    }
}
