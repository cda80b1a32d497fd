package se.uppsikt.retention.registration;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where a registration stands: PENDING until the diarium has answered, then REGISTERED or DEAD_LETTER. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationState(UUID registrationId, String status, String registrationNumber) {
}
