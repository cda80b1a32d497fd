package se.uppsikt.archive.registration.api;

import java.time.Instant;

/** One registration of an item. */
public record RegistrationView(String registrationNumber, Instant registeredAt, String registeredBy) {
}
