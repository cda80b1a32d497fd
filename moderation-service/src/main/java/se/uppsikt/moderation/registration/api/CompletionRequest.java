package se.uppsikt.moderation.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The number the case system gave the document, entered by a registrar or sent back by the case system. */
public record CompletionRequest(
        @NotBlank(message = "registrationNumber is required, e.g. KS 2026/0123-4") @Size(max = 100, message = "registrationNumber may be at most 100 characters") String registrationNumber) {
}
