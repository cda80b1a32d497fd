package se.uppsikt.archive.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A registration number (diarienummer) the item was registered under, as the case management system gave it. */
public record RegistrationRequest(
        @NotBlank(message = "registrationNumber is required, e.g. \"KS 2026/0123\"") @Size(max = 64, message = "registrationNumber is at most 64 characters") String registrationNumber) {
}
