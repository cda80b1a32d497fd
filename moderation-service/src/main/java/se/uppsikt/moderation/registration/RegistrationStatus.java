package se.uppsikt.moderation.registration;

/** Where a registration request stands: waiting for the case system, registered, or given up on until a registrar acts. */
public enum RegistrationStatus {
    PENDING, REGISTERED, DEAD_LETTER
}
