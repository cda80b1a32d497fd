package se.uppsikt.archive.connector;

/**
 * What a connector can do on its platform. A connector declares its capabilities; asking for one it lacks gives
 * {@link PlatformException.Kind#UNSUPPORTED}, which the archive reports per channel instead of failing silently.
 */
public enum Capability {
    OVERVIEW, POSTS, THREAD, DIRECT_MESSAGES, HIDE, UNHIDE, DELETE, BLOCK_USER
}
