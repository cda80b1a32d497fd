package se.uppsikt.moderation.registration.api;

import java.util.UUID;

import se.uppsikt.moderation.registration.Registration;
import se.uppsikt.moderation.registration.RegistrationStatus;

/** The answer to a registration request and to a later look-up: where it stands and, once known, the number. */
public record RegistrationView(UUID registrationId, RegistrationStatus status, String registrationNumber) {

    public static RegistrationView of(Registration registration) {
        return new RegistrationView(registration.id, registration.status, registration.registrationNumber);
    }
}
