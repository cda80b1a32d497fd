package se.uppsikt.retention.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The signed decision document itself (usually the PDF of the protokoll or the föreskrift), sent base64-encoded so
 * that a decision and its document arrive in one request and can never be registered apart.
 */
public record DecisionDocument(
        @NotBlank(message = "document.fileName is required, such as KS-2026-12-protokoll.pdf") @Size(max = 255, message = "document.fileName is at most 255 characters") String fileName,
        @NotBlank(message = "document.mediaType is required, such as application/pdf") @Size(max = 100, message = "document.mediaType is at most 100 characters") @Pattern(regexp = "[a-z]+/[a-zA-Z0-9.+-]+", message = "document.mediaType must be a media type such as application/pdf") String mediaType,
        @NotBlank(message = "document.contentBase64 is required: the document, base64-encoded") @Size(max = 9_000_000, message = "document.contentBase64 is at most 9,000,000 characters (about 6.5 MB)") String contentBase64) {
}
