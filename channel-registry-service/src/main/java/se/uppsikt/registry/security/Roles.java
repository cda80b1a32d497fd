package se.uppsikt.registry.security;

/** Realm roles this service checks, as they appear in the token. One list for the whole of Uppsikt. */
public final class Roles {

    public static final String CHANNEL_ADMIN = "channel-admin";
    public static final String MODERATOR = "moderator";
    public static final String REGISTRAR = "registrar";
    public static final String ARCHIVIST = "archivist";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
