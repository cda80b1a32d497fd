package se.uppsikt.registry.channel;

/**
 * Whether the channel's published prohibited-content list still matches the reason catalogue in force
 * (requirement 3): a policy listing only the 1998 crimes is {@code INFO_OUTDATED}.
 */
public enum InformationStatus {
    CURRENT, INFO_OUTDATED,
    /** the reason catalogue could not be read just now */
    UNKNOWN
}
