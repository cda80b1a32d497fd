package se.uppsikt.moderation.registration;

import java.util.Optional;

/**
 * One way of getting a registration into an authority's case system (Public 360° SIF, a REST webhook, a CITS ERMS
 * file drop …). The dispatcher calls {@link #deliver} at least once per registration, so an adapter must pass the
 * source reference on as the case system's idempotency key: a repeated delivery must not create a second document.
 */
public interface CaseSystemAdapter {

    /** The name {@code registration.adapter} selects this adapter by. */
    String name();

    /**
     * Delivers the registration. Returns the registration number (diarienummer) when the case system answers at
     * once, or empty when it was handed over and the number will come back by callback
     * ({@code POST /api/v1/registrations/{id}/complete}).
     */
    Optional<String> deliver(Registration registration) throws DeliveryFailedException;
}
