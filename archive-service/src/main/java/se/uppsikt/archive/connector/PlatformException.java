package se.uppsikt.archive.connector;

/**
 * A platform call that did not succeed, classified so that the archive can say per channel what went wrong: an expired
 * token needs a person, a rate limit only time, an unsupported capability a manual route.
 */
public class PlatformException extends RuntimeException {

    public enum Kind {
        TOKEN_EXPIRED, RATE_LIMITED, NOT_FOUND, UNSUPPORTED, REJECTED, UNAVAILABLE
    }

    private final Kind kind;

    public PlatformException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PlatformException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static PlatformException unsupported(String platform, Capability capability) {
        return new PlatformException(Kind.UNSUPPORTED,
                platform + " connector cannot " + capability + " (the platform's API does not offer it)");
    }
}
