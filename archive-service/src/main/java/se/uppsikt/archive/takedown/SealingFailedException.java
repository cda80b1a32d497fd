package se.uppsikt.archive.takedown;

/** The evidence could not be sealed; the takedown stops before the platform. */
public class SealingFailedException extends RuntimeException {

    public SealingFailedException(String message) {
        super(message);
    }

    public SealingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
