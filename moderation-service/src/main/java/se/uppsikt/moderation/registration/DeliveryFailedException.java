package se.uppsikt.moderation.registration;

/**
 * The case system did not register the document. {@code permanent} failures (it rejected the request as invalid)
 * go straight to the dead-letter list: repeating the same request cannot succeed.
 */
public class DeliveryFailedException extends Exception {

    private final boolean permanent;

    public DeliveryFailedException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
