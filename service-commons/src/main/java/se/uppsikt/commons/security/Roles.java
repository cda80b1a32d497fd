package se.uppsikt.commons.security;

/** The realm roles of Uppsikt as they appear in tokens; every service checks these names and no others. */
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
